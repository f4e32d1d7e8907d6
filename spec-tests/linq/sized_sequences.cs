// Enumerable.Range and Repeat are read-only lists, as in .NET; ToList allocates exactly
// (Capacity == Count) while a List built by adding items grows by doubling.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var r = Enumerable.Range(5, 4);
        Console.WriteLine((r is IList<int>) + " " + (r is ICollection<int> c ? c.Count : -1) + " " + string.Join(",", r) + " " + string.Join(",", r));
        Console.WriteLine(r.Last() + " " + r.ElementAt(2) + " " + r.Count() + " " + r.Contains(7) + " " + r.Sum() + " " + string.Join(",", r.Reverse()));
        var rep = Enumerable.Repeat("ab", 3);
        Console.WriteLine(string.Concat(rep) + " " + (rep is IReadOnlyList<string> ro ? ro[2] : "?"));
        try { ((IList<int>)r).Add(1); } catch (NotSupportedException) { Console.WriteLine("Range is read-only"); }
        try { Console.WriteLine(r.ElementAt(10)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ElementAt(10) out of range"); }
        Console.WriteLine("ToList capacities: " + string.Join(" ", new[]
        {
            Enumerable.Range(0, 20).ToList().Capacity,
            Enumerable.Range(1, 10).Where(i => i % 2 == 0).ToList().Capacity,
            Enumerable.Range(1, 3).Where(x => false).ToList().Capacity,
            new[] { 1, 2, 3 }.Select(x => x).ToList().Capacity,
            new List<int>(Enumerable.Range(0, 5).Where(x => true)).Capacity,
        }));
        var grown = new List<int>();
        for (int i = 0; i < 9; i++) grown.Add(i);
        Console.WriteLine($"grown: Count {grown.Count} Capacity {grown.Capacity}");
    }
}
