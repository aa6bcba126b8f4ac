/*
 * The in-place C editor: CodeMirror 6 with the C grammar (@codemirror/lang-cpp), loaded only when
 * the reader first edits a sample. Token colours are CSS classes (pymem-tok-*) coloured in
 * runner.css to match the site's Shiki theme in light and dark. DIFFERS: lezer's C grammar has
 * no node for `*` in a declarator or the `=` of an initialiser, so those stay plain text where
 * Shiki colours them as operators. Tab is left to the browser so
 * keyboard users can leave the editor; Ctrl/Cmd+Enter runs. highlightLine() marks the line a
 * step-through is on (a line decoration, dropped on the next edit). Main export: mountEditor.
 */
import { cpp } from '@codemirror/lang-cpp';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightSpecialChars, keymap, type DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { tagHighlighter, tags as t } from '@lezer/highlight';

export interface EditorHandle {
  getText(): string;
  setText(text: string): void;
  focus(): void;
  /** Marks 1-based `line` as the current step (null: none). */
  highlightLine(line: number | null): void;
  destroy(): void;
  view: EditorView;
}

const highlighter = tagHighlighter([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.modifier, t.operatorKeyword], class: 'pymem-tok-keyword' },
  { tag: [t.processingInstruction], class: 'pymem-tok-keyword' },
  // Shiki colours `char`/`int` as keywords but a typedef name (PyObject) as plain text.
  { tag: [t.standard(t.typeName)], class: 'pymem-tok-type' },
  { tag: [t.typeName], class: 'pymem-tok-variable' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName)), t.special(t.name)], class: 'pymem-tok-function' },
  { tag: [t.string, t.special(t.string), t.character], class: 'pymem-tok-string' },
  { tag: [t.escape], class: 'pymem-tok-escape' },
  { tag: [t.number, t.null, t.bool, t.literal], class: 'pymem-tok-constant' },
  { tag: [t.comment, t.lineComment, t.blockComment], class: 'pymem-tok-comment' },
  { tag: [t.operator, t.arithmeticOperator, t.logicOperator, t.bitwiseOperator, t.compareOperator, t.definitionOperator, t.updateOperator], class: 'pymem-tok-operator' },
  { tag: [t.propertyName], class: 'pymem-tok-property' },
  { tag: [t.meta], class: 'pymem-tok-meta' },
  { tag: [t.variableName], class: 'pymem-tok-variable' },
]);

const setStepLine = StateEffect.define<number | null>();
const stepLineMark = Decoration.line({ class: 'pymem-step-line' });

/** The step-through's current line; any edit removes it (the lines no longer mean the same). */
const stepLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let out = tr.docChanged ? Decoration.none : deco;
    for (const e of tr.effects) {
      if (!e.is(setStepLine)) continue;
      const n = e.value;
      out = n !== null && n >= 1 && n <= tr.state.doc.lines ? Decoration.set([stepLineMark.range(tr.state.doc.line(n).from)]) : Decoration.none;
    }
    return out;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function mountEditor(o: {
  parent: HTMLElement;
  before: Element | null;
  text: string;
  label: string;
  onChange: () => void;
  onRun: () => void;
}): EditorHandle {
  const holder = document.createElement('div');
  holder.className = 'pymem-editor not-content';
  o.parent.insertBefore(holder, o.before);
  const view = new EditorView({
    parent: holder,
    state: EditorState.create({
      doc: o.text,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (o.onRun(), true) }])),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        cpp(),
        syntaxHighlighting(highlighter),
        stepLineField,
        EditorView.contentAttributes.of({ 'aria-label': o.label, spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) o.onChange();
        }),
      ],
    }),
  });
  return {
    view,
    getText: () => view.state.doc.toString(),
    setText: (text) => {
      if (text !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
    highlightLine: (line) => {
      const doc = view.state.doc;
      const ok = line !== null && line >= 1 && line <= doc.lines;
      view.dispatch({
        effects: [setStepLine.of(ok ? line : null), ...(ok ? [EditorView.scrollIntoView(doc.line(line).from, { y: 'nearest' })] : [])],
      });
    },
    destroy: () => {
      view.destroy();
      holder.remove();
    },
  };
}
