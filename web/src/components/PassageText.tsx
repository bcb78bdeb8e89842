import { isName, segmentsOf } from '../mentions';
import { href } from '../router';
import type { ReaderMention, ReaderPassage, Span } from '../types';

interface PassageTextProps {
  passage: ReaderPassage;
  /** The passage's own text. */
  text: string;
  /** The mentions to highlight in it (absolute offsets). */
  mentions: readonly ReaderMention[];
  /** A stretch to mark (the mention a link pointed at). */
  marked?: Span;
  flash: boolean;
  onHover: (mentions: readonly ReaderMention[], element: HTMLElement) => void;
  onLeave: () => void;
}

/**
 * A paragraph of a source with its mentions highlighted. Each piece of text carries its absolute
 * offset (data-start), so that a selection can be turned back into offsets in the source; the text
 * is only ever text nodes.
 */
export function PassageText({ passage, text, mentions, marked, flash, onHover, onLeave }: PassageTextProps) {
  const segments = segmentsOf(passage.start, passage.end, mentions, marked ? [marked] : []);
  return (
    <p class={flash ? 'passage flash' : 'passage'} lang={passage.lang} data-passage-start={passage.start} data-passage-end={passage.end}>
      {segments.map((segment) => {
                const pieceText = text.slice(segment.start - passage.start, segment.end - passage.start);
        const isMarked = marked !== undefined && marked.start <= segment.start && marked.end >= segment.end;
        if (segment.mentions.length === 0 && !isMarked) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {pieceText}
            </span>
          );
        }
        const classes = [...new Set(segment.mentions.map((mention) => `m m-${mention.kind}`)), isMarked ? 'marked' : ''].join(' ');
        const named = [...segment.mentions].reverse().find((mention) => isName(mention.kind) && mention.entity);
        const hover = {
          onMouseEnter: (event: MouseEvent) => segment.mentions.length > 0 && onHover(segment.mentions, event.currentTarget as HTMLElement),
          onFocus: (event: FocusEvent) => segment.mentions.length > 0 && onHover(segment.mentions, event.currentTarget as HTMLElement),
          onMouseLeave: onLeave,
          onBlur: onLeave,
        };
        return named?.entity ? (
          <a key={segment.start} class={classes} data-start={segment.start} href={href('entity', named.entity.id)} draggable={false} {...hover}>
            {pieceText}
          </a>
        ) : (
          <span key={segment.start} class={classes} data-start={segment.start} {...hover}>
            {pieceText}
          </span>
        );
      })}
    </p>
  );
}
