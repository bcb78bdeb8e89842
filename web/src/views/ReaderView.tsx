import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getJson, onStoreChanged } from '../api';
import { CorrectionPanel, type TextChoice } from '../components/CorrectionPanel';
import { KindLegend } from '../components/KindLegend';
import { MentionTooltip } from '../components/MentionTooltip';
import { Notice } from '../components/Notice';
import { PassageText } from '../components/PassageText';
import { MENTION_KINDS, namesOverlapping } from '../mentions';
import type { MentionKind, ReaderMention, ReaderWindow, Span } from '../types';

/** Paragraphs asked for at a time; the server sends at most 2000. */
const WINDOW_PASSAGES = 100;
/** How long a paragraph a link pointed at stays marked. */
const FLASH_MS = 2500;
/** The pointer may cross this gap between a mention and its tooltip. */
const TOOLTIP_GRACE_MS = 300;

interface LoadedPassage extends Span {
  index: number;
  lang: string;
  text: string;
}

interface LoadedText {
  meta: Pick<ReaderWindow, 'id' | 'path' | 'title' | 'format' | 'languages'>;
  passageCount: number;
  /** Contiguous, in order. */
  passages: LoadedPassage[];
  mentions: ReaderMention[];
}

/** A window as loaded passages. A server that sends whole sources leaves out the window fields: the window is then all of it. */
function passagesOf(window: ReaderWindow): LoadedPassage[] {
  const textStart = window.textStart ?? 0;
  const from = window.window?.from ?? 0;
  return window.passages.map((passage, k) => ({
    index: passage.index ?? from + k,
    start: passage.start,
    end: passage.end,
    lang: passage.lang,
    text: window.text.slice(passage.start - textStart, passage.end - textStart),
  }));
}

/** `loaded` with a window added before or after it; passages and mentions it already has are kept once. */
function withWindow(loaded: LoadedText | null, window: ReaderWindow): LoadedText {
  const added = passagesOf(window);
  const meta = { id: window.id, path: window.path, title: window.title, format: window.format, languages: window.languages };
  const passageCount = window.passageCount ?? window.passages.length;
  if (!loaded) return { meta, passageCount, passages: added, mentions: window.mentions };
  const known = new Set(loaded.passages.map((passage) => passage.index));
  const passages = [...loaded.passages, ...added.filter((passage) => !known.has(passage.index))].sort((a, b) => a.index - b.index);
  const mentionKey = (mention: ReaderMention) => `${mention.kind}:${mention.start}:${mention.end}`;
  const knownMentions = new Set(loaded.mentions.map(mentionKey));
  return { meta, passageCount, passages, mentions: [...loaded.mentions, ...window.mentions.filter((mention) => !knownMentions.has(mentionKey(mention)))] };
}

/** Each passage's mentions, by passage index. */
function mentionsByPassage(passages: readonly LoadedPassage[], mentions: readonly ReaderMention[]): Map<number, ReaderMention[]> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const grouped = new Map<number, ReaderMention[]>();
  let next = 0;
  for (const passage of passages) {
    while (next < sorted.length && sorted[next]!.start < passage.start) next++;
    const inside: ReaderMention[] = [];
    for (let k = next; k < sorted.length && sorted[k]!.start < passage.end; k++) inside.push(sorted[k]!);
    grouped.set(passage.index, inside);
  }
  return grouped;
}

/** The offset in the source of a point of a selection, counted from the start of its paragraph. */
function sourceOffset(node: Node, offset: number): { passage: HTMLElement; at: number } | null {
  const element = node instanceof Element ? node : node.parentElement;
  const passage = element?.closest<HTMLElement>('p.passage');
  if (!passage) return null;
  const before = document.createRange();
  before.setStart(passage, 0);
  before.setEnd(node, offset);
  return { passage, at: Number(passage.dataset.passageStart) + before.toString().length };
}

interface ReaderViewProps {
  sourceId: string;
  /** An offset to show (a search hit, a mention); its paragraph is scrolled to and marked. */
  at?: number;
  /** With `at`, the end of a stretch to mark (a mention). */
  end?: number;
}

/** A source to read, with every mention highlighted by kind, and corrections of its names. */
export function ReaderView({ sourceId, at, end }: ReaderViewProps) {
  const [loaded, setLoaded] = useState<LoadedText | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [shown, setShown] = useState<ReadonlySet<MentionKind>>(() => new Set(MENTION_KINDS));
  const [tooltip, setTooltip] = useState<{ mentions: readonly ReaderMention[]; anchor: DOMRect } | null>(null);
  const [choice, setChoice] = useState<TextChoice | null>(null);
  const [flashing, setFlashing] = useState<number | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const moreSentinel = useRef<HTMLDivElement>(null);
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;

  const fetchWindow = (query: Record<string, number>, signal?: AbortSignal) => getJson<ReaderWindow>(`/api/sources/${encodeURIComponent(sourceId)}`, query, signal);

  // The first window: the one holding `at`, or the beginning.
  useEffect(() => {
    const controller = new AbortController();
    setLoaded(null);
    setError(null);
    setChoice(null);
    fetchWindow(at === undefined ? { from: 0, limit: WINDOW_PASSAGES } : { at, limit: WINDOW_PASSAGES }, controller.signal).then(
      (window) => setLoaded(withWindow(null, window)),
      (failure: Error) => !controller.signal.aborted && setError(failure.message),
    );
    return () => controller.abort();
  }, [sourceId, at]);

  // An edit or an ingest changes the mentions: the passages shown are loaded again.
  useEffect(
    () =>
      onStoreChanged(() => {
        const current = loadedRef.current;
        if (!current || current.passages.length === 0) return;
        const from = current.passages[0]!.index;
        fetchWindow({ from, limit: Math.min(2000, current.passages.length) }).then(
          (window) => setLoaded(withWindow(null, window)),
          (failure: Error) => setError(failure.message),
        );
      }),
    [sourceId],
  );

  // Scroll to the paragraph a link pointed at, and mark it for a moment.
  useEffect(() => {
    if (!loaded || at === undefined) return;
    const target = loaded.passages.find((passage) => passage.start <= at && at < passage.end) ?? loaded.passages.find((passage) => passage.start >= at);
    if (!target) return;
    document.querySelector(`[data-passage-start="${target.start}"]`)?.scrollIntoView({ block: 'center' });
    setFlashing(target.start);
    const timer = setTimeout(() => setFlashing(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [loaded !== null, at]);

  const loadMore = async (direction: 'before' | 'after') => {
    if (!loaded || loadingMore) return;
    const first = loaded.passages[0]?.index ?? 0;
    const last = loaded.passages[loaded.passages.length - 1]?.index ?? -1;
    const from = direction === 'after' ? last + 1 : Math.max(0, first - WINDOW_PASSAGES);
    const limit = direction === 'after' ? WINDOW_PASSAGES : first - from;
    setLoadingMore(true);
    try {
      const window = await fetchWindow({ from, limit });
      setLoaded((current) => withWindow(current, window));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLoadingMore(false);
    }
  };

  const hasAfter = loaded !== null && (loaded.passages[loaded.passages.length - 1]?.index ?? -1) + 1 < loaded.passageCount;
  const hasBefore = loaded !== null && (loaded.passages[0]?.index ?? 0) > 0;

  // Scrolling near the end loads the next window.
  useEffect(() => {
    const sentinel = moreSentinel.current;
    if (!sentinel || !hasAfter) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadMore('after');
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  });

  // A tooltip placed for one scroll position is wrong at the next.
  useEffect(() => {
    const hide = () => setTooltip(null);
    window.addEventListener('scroll', hide, { passive: true });
    return () => window.removeEventListener('scroll', hide);
  }, []);

  const visibleMentions = useMemo(() => (loaded ? loaded.mentions.filter((mention) => shown.has(mention.kind)) : []), [loaded, shown]);
  const byPassage = useMemo(() => (loaded ? mentionsByPassage(loaded.passages, visibleMentions) : new Map<number, ReaderMention[]>()), [loaded, visibleMentions]);
  const counts = useMemo(() => {
    const tally = new Map<MentionKind, number>();
    for (const mention of loaded?.mentions ?? []) tally.set(mention.kind, (tally.get(mention.kind) ?? 0) + 1);
    return tally;
  }, [loaded]);

  const toggleKind = (kind: MentionKind) =>
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  const keepTooltip = () => clearTimeout(hideTimer.current);
  const dropTooltip = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setTooltip(null), TOOLTIP_GRACE_MS);
  };

  /** A selection within one paragraph becomes the stretch to correct, without the spaces around it. */
  const takeSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !loaded) return;
    const range = selection.getRangeAt(0);
    const from = sourceOffset(range.startContainer, range.startOffset);
    const to = sourceOffset(range.endContainer, range.endOffset);
    if (!from || !to || from.passage !== to.passage) return;
    const passage = loaded.passages.find((candidate) => candidate.start === Number(from.passage.dataset.passageStart));
    if (!passage) return;
    let start = from.at;
    let stop = to.at;
    while (start < stop && /\s/.test(passage.text[start - passage.start]!)) start++;
    while (stop > start && /\s/.test(passage.text[stop - 1 - passage.start]!)) stop--;
    if (stop > start) setChoice({ start, end: stop, text: passage.text.slice(start - passage.start, stop - passage.start) });
  };

  if (error && !loaded) return <Notice tone="error">This source cannot be shown: {error}</Notice>;
  if (!loaded) return <Notice tone="loading">Loading the source…</Notice>;
  const { meta } = loaded;
  const marked = at !== undefined && end !== undefined && end > at ? { start: at, end } : undefined;
  const fileName = meta.path.split(/[\\/]/).pop() ?? meta.path;

  return (
    <section class="reader-view">
      <header class="view-header">
        <h1>{meta.title}</h1>
        <dl class="source-meta">
          <dt>File</dt>
          <dd title={meta.path}>{fileName}</dd>
          <dt>Format</dt>
          <dd>{meta.format}</dd>
          <dt>Languages</dt>
          <dd>{meta.languages.join(', ') || 'unknown'}</dd>
          <dt>Paragraphs</dt>
          <dd>
            {loaded.passageCount}
            {loaded.passages.length < loaded.passageCount && ` (${loaded.passages.length} loaded)`}
          </dd>
        </dl>
        <KindLegend counts={counts} shown={shown} onToggle={toggleKind} />
        {loaded.passages.length < loaded.passageCount && <p class="hint">The legend counts the mentions of the paragraphs loaded so far.</p>}
      </header>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="reader-layout">
        <div class="reader-text" onMouseUp={takeSelection} onKeyUp={takeSelection} data-testid="reader-text">
          {hasBefore && (
            <button type="button" class="more-button" disabled={loadingMore} onClick={() => void loadMore('before')}>
              {loadingMore ? 'Loading…' : 'Show the earlier paragraphs'}
            </button>
          )}
          {loaded.passages.length === 0 && <Notice tone="empty">This source has no text.</Notice>}
          {loaded.passages.map((passage) => (
            <PassageText
              key={passage.index}
              passage={passage}
              text={passage.text}
              mentions={byPassage.get(passage.index) ?? []}
              {...(marked ? { marked } : {})}
              flash={flashing === passage.start}
              onHover={(mentions, element) => {
                keepTooltip();
                setTooltip({ mentions, anchor: element.getBoundingClientRect() });
              }}
              onLeave={dropTooltip}
            />
          ))}
          {hasAfter && (
            <div ref={moreSentinel}>
              <button type="button" class="more-button" disabled={loadingMore} onClick={() => void loadMore('after')}>
                {loadingMore ? 'Loading…' : `Show more of the text (${loaded.passages.length} of ${loaded.passageCount} paragraphs shown)`}
              </button>
            </div>
          )}
        </div>
        <CorrectionPanel sourceId={meta.id} choice={choice} overlapping={choice ? namesOverlapping(loaded.mentions, choice.start, choice.end) : []} onClear={() => setChoice(null)} />
      </div>
      {tooltip && (
        <MentionTooltip
          mentions={tooltip.mentions}
          anchor={tooltip.anchor}
          onEnter={keepTooltip}
          onLeave={dropTooltip}
          onCorrect={(mention) => {
            setTooltip(null);
            setChoice({ start: mention.start, end: mention.end, text: mention.text });
          }}
        />
      )}
    </section>
  );
}
