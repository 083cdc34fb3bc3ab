// Which flow leaves when the table is full. A pure policy, so it is easy to test and to change.
//
// First choice: the oldest TCP flow that has already closed (FIN both ways or RST) and only
// waits out its close delay. It is complete, so it leaves as an ordinary end-of-flow record and
// nothing is lost. Otherwise: the least recently seen flow, exported at once with reason
// "lack of resources" (and counted). Under a flood of new flows this keeps the long-lived,
// active conversations and sheds the one-packet flows first, because those stop being
// "recently seen" soonest.

/**
 * @param oldestClosing slot at the head of the closing list, -1 if none
 * @param oldestIdle slot at the head of the idle (LRU) list, -1 if none
 * @returns the slot to evict, -1 if the table is empty
 */
export function chooseVictim(oldestClosing: number, oldestIdle: number): number {
  return oldestClosing >= 0 ? oldestClosing : oldestIdle;
}
