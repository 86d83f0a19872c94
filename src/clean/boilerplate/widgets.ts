// Widget, player and page-header lines anywhere in the page; page-header words only outside the article body.
import type { Block } from '../paragraphs.ts';
import { isPlayerLine, widgetReason } from './phrases.ts';
import { drop } from './shape.ts';

// A paragraph of running text this long marks the article body.
const BODY_PARAGRAPH = 200;

export function markWidgets(blocks: Block[]): void {
  let firstBody = -1;
  let lastBody = -1;
  blocks.forEach((b, i) => {
    if (!b.drop && b.text.length >= BODY_PARAGRAPH) {
      if (firstBody < 0) firstBody = i;
      lastBody = i;
    }
  });
  blocks.forEach((block, i) => {
    if (block.drop) return;
    if (isPlayerLine(block.text)) {
      drop(block, 'player', 'widget.player-time');
      return;
    }
    const reason = widgetReason(block.text);
    if (!reason) return;
    // Menu and footer lines ("Liên hệ", "Địa chỉ: ...") belong to the page's edges; inside the article they are text.
    if (reason === 'page-header' && i > firstBody && i < lastBody) return;
    if (reason === 'boilerplate' && i < lastBody) return;
    drop(block, reason, `widget.${reason}`);
  });
}
