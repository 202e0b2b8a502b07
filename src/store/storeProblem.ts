// A problem with the store that the operator must act on (damaged, unreadable, from another
// release): its message is one line saying what is wrong and what to do, shown without a stack.
export class StoreProblem extends Error {}
