import ts from 'typescript';

/** One piece of English (or any language) written straight into a view instead of going through i18n. */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Attributes people read or hear; other attributes (class, data-testid, id…) are code. */
const ReadAttributes = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'confirmLabel']);

const hasLetters = (text: string) => /\p{L}/u.test(text);

/**
 * Text a JSX expression puts on screen as written: string and template literals, also as the
 * branches of `a ? 'x' : 'y'` and `a && 'x'`. Calls (t('key'), formatters) are not literals.
 */
function literalTexts(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return [expression.text];
  }
  if (ts.isTemplateExpression(expression)) {
    return [expression.head.text, ...expression.templateSpans.flatMap((span) => [span.literal.text, ...literalTexts(span.expression)])];
  }
  if (ts.isConditionalExpression(expression)) {
    return [...literalTexts(expression.whenTrue), ...literalTexts(expression.whenFalse)];
  }
  if (ts.isBinaryExpression(expression)) {
    // `a && 'x'` shows only its right side; `a || 'x'` and `a ?? 'x'` either; comparisons show nothing.
    switch (expression.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return literalTexts(expression.right);
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.PlusToken:
        return [...literalTexts(expression.left), ...literalTexts(expression.right)];
      default:
        return [];
    }
  }
  if (ts.isParenthesizedExpression(expression)) {
    return literalTexts(expression.expression);
  }
  return [];
}

/** Every user-visible literal in one .tsx source: JSX text, readable attributes, literals in JSX expressions. */
export function findLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasLetters(text)) {
      found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim() });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxAttribute(node) && ReadAttributes.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) {
        report(node, init.text);
      } else if (ts.isJsxExpression(init) && init.expression) {
        literalTexts(init.expression).forEach((text) => report(node, text));
      }
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      literalTexts(node.expression).forEach((text) => report(node, text));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
