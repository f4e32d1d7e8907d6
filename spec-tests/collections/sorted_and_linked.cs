// SortedDictionary, SortedList, LinkedList and custom IComparer ordering.
using System;
using System.Collections.Generic;

class ByLengthThenOrdinal : IComparer<string>
{
    public int Compare(string? x, string? y) => x!.Length != y!.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
}

class Program
{
    static void Main()
    {
        var sd = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["delta"] = 4, ["alpha"] = 1, ["Charlie"] = 3, ["bravo"] = 2 };
        sd["echo"] = 5;
        sd.Remove("alpha");
        Console.WriteLine(string.Join(" ", sd.Select(kv => kv.Key + ":" + kv.Value)));
        var byLen = new SortedDictionary<string, bool>(new ByLengthThenOrdinal()) { ["ccc"] = true, ["a"] = true, ["bb"] = false, ["aa"] = true };
        Console.WriteLine(string.Join(",", byLen.Keys));
        var sl = new SortedList<int, string> { [30] = "thirty", [10] = "ten", [20] = "twenty" };
        Console.WriteLine(string.Join(",", sl.Keys) + " " + sl.IndexOfKey(20) + " " + sl.Values[0] + " " + sl.GetKeyAtIndex(2));
        var rev = new SortedDictionary<int, string>(Comparer<int>.Create((a, b) => b.CompareTo(a))) { [1] = "a", [3] = "c", [2] = "b" };
        Console.WriteLine(string.Join(",", rev.Values));
        var ll = new LinkedList<string>();
        ll.AddLast("b");
        ll.AddFirst("a");
        ll.AddLast("d");
        var nodeB = ll.Find("b")!;
        ll.AddAfter(nodeB, "c");
        ll.AddBefore(ll.First!, "start");
        Console.WriteLine(string.Join("->", ll) + " count=" + ll.Count);
        ll.Remove("start");
        ll.RemoveLast();
        Console.WriteLine(string.Join("->", ll) + " first=" + ll.First!.Value + " last=" + ll.Last!.Value + " next of a=" + ll.First.Next!.Value);
        var back = new List<string>();
        for (var n = ll.Last; n != null; n = n.Previous) back.Add(n.Value);
        Console.WriteLine(string.Join("<-", back));
        Console.WriteLine(ll.Contains("c") + " " + (ll.Find("zzz") == null));
    }
}
