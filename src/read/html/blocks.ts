// A DOM subtree → text blocks (paragraphs, headings, list items), walked iteratively so depth cannot overflow the stack.

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
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
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'br',
  'caption',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'head',
  'textarea',
  'select',
  'button',
  'object',
  'canvas',
  'math',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const EXIT = Symbol('exit');

export function domBlocks(root: unknown): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current.replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    current = '';
  };
  const stack: (DomNode | typeof EXIT)[] = [root as DomNode];
  while (stack.length) {
    const node = stack.pop() as DomNode | typeof EXIT;
    if (node === EXIT) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) continue;
    // Table cells stay on their row's line, marked apart so figures do not run together.
    if ((name === 'td' || name === 'th') && /\S/.test(current)) current += ' | ';
    if (BLOCK.has(name)) {
      flush();
      stack.push(EXIT);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  flush();
  return blocks;
}
