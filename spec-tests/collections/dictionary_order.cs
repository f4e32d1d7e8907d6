// Dictionary<TKey,TValue> enumeration order: insertion order until removals; a freed slot is
// reused by the next insertion (an implementation detail of .NET's Dictionary, recorded here).
using System;
using System.Collections.Generic;

class Program
{
    static void Dump(string label, Dictionary<string, int> d) =>
        Console.WriteLine(label + ": " + string.Join(" ", d.Select(kv => kv.Key + "=" + kv.Value)));

    static void Main()
    {
        var d = new Dictionary<string, int>();
        foreach (var w in new[] { "one", "two", "three", "four", "five" }) d[w] = w.Length;
        Dump("inserted", d);
        d.Remove("two");
        Dump("removed two", d);
        d["six"] = 3;
        Dump("added six", d);
        d.Remove("one");
        d.Remove("four");
        d["seven"] = 5;
        d["eight"] = 5;
        d["nine"] = 4;
        Dump("after more churn", d);
        d["three"] = 33;
        Dump("updated three", d);
        Console.WriteLine(d.TryGetValue("six", out var six) + " " + six + " " + d.TryGetValue("zero", out var zero) + " " + zero);
        Console.WriteLine(d.ContainsKey("five") + " " + d.ContainsValue(33) + " " + d.Count);
        Console.WriteLine(d.TryAdd("five", 0) + " " + d.GetValueOrDefault("missing", -1) + " " + d.Remove("five", out int removed) + " " + removed);
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values));
        var counts = new Dictionary<char, int>();
        foreach (char c in "mississippi") counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
        Console.WriteLine(string.Join(" ", counts.Select(kv => $"{kv.Key}{kv.Value}")));
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 };
        ci["KEY"] = 2;
        Console.WriteLine(ci.Count + " " + ci["key"] + " " + ci.Keys.First());
        var byInt = new Dictionary<int, string>();
        for (int i = 10; i > 0; i--) byInt[i * 7] = "v" + i;
        Console.WriteLine(string.Join(",", byInt.Keys));
        d.Clear();
        d["after-clear"] = 1;
        Dump("cleared", d);
    }
}
