using System;
using System.Collections.Generic;
// Known failure: PriorityQueue<TElement,TPriority>.UnorderedItems is missing from the corelib.
class P {
  static void Main() {
    var q = new PriorityQueue<string,int>();
    q.Enqueue("a", 3); q.Enqueue("b", 1);
    int n = 0; foreach (var (e, p) in q.UnorderedItems) n += p;
    Console.WriteLine(q.UnorderedItems.Count + " " + n);
  }
}
