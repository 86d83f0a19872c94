// Element nesting depth from a tag scan, without building a DOM: deep pages defeat recursive DOM code.

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'command',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
// Elements whose end tag is optional: a new sibling of the same kind closes the open one.
const SELF_CLOSING_SIBLINGS: Record<string, string[]> = {
  li: ['li'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  tr: ['tr', 'td', 'th'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  option: ['option'],
};
// Block starts that implicitly close an open <p>, as the HTML parser does.
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** How far below the top of the stack a close tag may look for its opener (keeps the scan linear). */
const CLOSE_SEARCH = 8;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--/g;

export interface TagShape {
  /** Maximum open-element depth (the scan stops once it passes stopAt). */
  depth: number;
  /** Start tags seen. */
  elements: number;
}

/** Maximum open-element depth, or stopAt+1 as soon as it is exceeded. */
export function nestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  return tagShape(html, stopAt).depth;
}

export function tagShape(html: string, stopAt = Number.POSITIVE_INFINITY): TagShape {
  const stack: string[] = [];
  let max = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - CLOSE_SEARCH; i--) {
        if (stack[i] === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    elements++;
    if (VOID.has(name) || m[3]) continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = TAG.lastIndex;
      if (!close.exec(html)) break;
      TAG.lastIndex = close.lastIndex;
      continue;
    }
    if (stack[stack.length - 1] === 'p' && CLOSES_P.has(name)) stack.pop();
    const closes = SELF_CLOSING_SIBLINGS[name];
    if (closes?.includes(stack[stack.length - 1] as string)) stack.pop();
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > stopAt) return { depth: max, elements };
    }
  }
  return { depth: max, elements };
}
