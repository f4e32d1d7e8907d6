// ValueTuple: construction, named elements, deconstruction, equality, comparison, swapping, nesting.
using System;
using System.Collections.Generic;

class Program
{
    static (int Min, int Max, double Avg) Stats(IEnumerable<int> xs)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0, n = 0;
        foreach (var x in xs) { min = Math.Min(min, x); max = Math.Max(max, x); sum += x; n++; }
        return (min, max, (double)sum / n);
    }

    static void Main()
    {
        var t = (1, "two", 3.0);
        Console.WriteLine(t + " " + t.Item1 + " " + t.Item2 + " " + t.Item3);
        var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine($"min={s.Min} max={s.Max} avg={s.Avg:F3} {s}");
        var (mn, mx, _) = s;
        Console.WriteLine(mn + mx);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine($"{a} {b}");
        Console.WriteLine(((1, 2) == (1, 2)) + " " + ((1, "a") != (1, "b")) + " " + (1, 2).Equals((1, 2)) + " " + (1, 2).CompareTo((1, 3)));
        var named = (X: 1, Y: 2);
        (int, int) unnamed = named;
        Console.WriteLine(named.X + unnamed.Item2 + " " + named);
        var nested = (1, (2, (3, 4)));
        Console.WriteLine(nested + " " + nested.Item2.Item2.Item1);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Console.WriteLine(big + " " + big.Item10 + " " + big.Rest);
        var list = new List<(string Name, int Score)> { ("b", 2), ("a", 2), ("c", 1) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        var dict = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 0)] = "east" };
        Console.WriteLine(dict[(1, 0)] + " " + dict.ContainsKey((0, 1)));
        foreach (var (k, v) in dict) Console.Write($"{k}:{v} ");
        Console.WriteLine();
        var tup = Tuple.Create(1, "x");
        Console.WriteLine(tup + " " + tup.Item2 + " " + tup.Equals(Tuple.Create(1, "x")));
        (int q, int r) = Math.DivRem(17, 5);
        Console.WriteLine(q + " " + r);
        object boxed = (1, 2);
        Console.WriteLine(boxed.GetType().Name + " " + (boxed is ValueTuple<int, int> vt ? vt.Item2 : -1));
        var m = (a: 1, b: 2);
        m.a += 10;
        Console.WriteLine(m);
    }
}
