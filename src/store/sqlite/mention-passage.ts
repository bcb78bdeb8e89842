/**
 * Joins mention `m` to its passage `p`: the last passage of its source starting at or before
 * the mention (one seek in passages_by_start; a range join on both ends would read every earlier
 * passage of the source), when the mention lies inside it.
 */
export const JOIN_PASSAGE_OF_MENTION = `JOIN passages p ON p.id = (SELECT q.id FROM passages q
  WHERE q.source_id = m.source_id AND q.start_offset <= m.start_offset ORDER BY q.start_offset DESC LIMIT 1)
  AND m.start_offset < p.end_offset`;
