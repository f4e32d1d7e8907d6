// HashSet<T> (set algebra, printed sorted), Queue<T>, Stack<T>, PriorityQueue<T,P>.
using System;
using System.Collections.Generic;

class Program
{
    static string Sorted<T>(IEnumerable<T> s) => string.Join(",", s.OrderBy(x => x));

    static void Main()
    {
        var a = new HashSet<int> { 1, 2, 3, 4 };
        var b = new HashSet<int> { 3, 4, 5 };
        Console.WriteLine(a.Add(2) + " " + a.Add(9) + " " + a.Remove(9) + " " + a.Count);
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b);
        Console.WriteLine($"union={Sorted(u)} intersect={Sorted(i)} except={Sorted(e)} xor={Sorted(x)}");
        Console.WriteLine(a.IsSubsetOf(u) + " " + u.IsSupersetOf(b) + " " + a.Overlaps(b) + " " + a.SetEquals(new[] { 4, 3, 2, 1, 1 }));
        var small = new HashSet<int>();
        for (int k = 0; k < 5; k++) small.Add(k);
        Console.WriteLine("small int set in insertion order: " + string.Join(",", small));
        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + q.Count + " " + string.Join(",", q));
        q.Enqueue("d");
        Console.WriteLine(string.Join(",", q.ToArray()) + " " + q.TryDequeue(out var first) + " " + first + " " + q.Contains("d"));
        var s = new Stack<int>();
        for (int k = 1; k <= 4; k++) s.Push(k * k);
        Console.WriteLine(s.Pop() + " " + s.Peek() + " " + string.Join(",", s) + " " + s.TryPop(out int top) + " " + top + " " + s.Count);
        var fromArray = new Stack<char>("abc");
        Console.WriteLine(new string(fromArray.ToArray()));
        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("low", 5); pq.Enqueue("urgent", 1); pq.Enqueue("mid", 3); pq.Enqueue("also-mid", 4);
        var order = new List<string>();
        while (pq.TryDequeue(out var item, out var prio)) order.Add($"{item}({prio})");
        Console.WriteLine(string.Join(" ", order));
        var sortedSet = new SortedSet<string>(StringComparer.Ordinal) { "pear", "Apple", "fig", "apple" };
        Console.WriteLine(string.Join(",", sortedSet) + " min=" + sortedSet.Min + " max=" + sortedSet.Max + " view=" + string.Join(",", sortedSet.GetViewBetween("a", "g")));
    }
}
