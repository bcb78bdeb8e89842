import { describeMention, isName } from '../mentions';
import { href } from '../router';
import type { ReaderMention } from '../types';

interface MentionTooltipProps {
  /** The mentions under the pointer, widest first. */
  mentions: readonly ReaderMention[];
  anchor: DOMRect;
  /** The pointer moved onto the tooltip (keep it open) or off it. */
  onEnter: () => void;
  onLeave: () => void;
  /** Open the correction panel on this mention. */
  onCorrect: (mention: ReaderMention) => void;
}

/** What the recognizers made of the text under the pointer: each mention's normalized value, and what can be done with names. */
export function MentionTooltip({ mentions, anchor, onEnter, onLeave, onCorrect }: MentionTooltipProps) {
  const below = anchor.bottom + 160 < window.innerHeight;
  const style = {
    left: `${Math.max(8, Math.min(anchor.left, window.innerWidth - 380))}px`,
    ...(below ? { top: `${anchor.bottom + 4}px` } : { bottom: `${window.innerHeight - anchor.top + 4}px` }),
  };
  return (
    <div class="mention-tooltip" role="tooltip" style={style} onMouseEnter={onEnter} onMouseLeave={onLeave} data-testid="mention-tooltip">
      {mentions.map((mention) => (
        <div key={`${mention.kind}-${mention.start}-${mention.end}`} class="tooltip-row">
          <span class={`swatch m-${mention.kind}`} aria-hidden="true" /> <span>{describeMention(mention)}</span>
          {isName(mention.kind) && (
            <span class="tooltip-actions">
              {mention.entity && <a href={href('entity', mention.entity.id)}>Open entity page</a>}
              <button type="button" class="link-button" onClick={() => onCorrect(mention)}>
                Not right? Correct…
              </button>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
