// Deconstruct methods (instance and extension), deconstruction in foreach and in patterns.
using System;
using System.Collections.Generic;

class Range3
{
    public int Start, End, Step;
    public Range3(int s, int e, int st) { Start = s; End = e; Step = st; }
    public void Deconstruct(out int start, out int end) { start = Start; end = End; }
    public void Deconstruct(out int start, out int end, out int step) { start = Start; end = End; step = Step; }
}

static class Ext
{
    public static void Deconstruct(this DateOnly d, out int y, out int m, out int day) { y = d.Year; m = d.Month; day = d.Day; }
    public static void Deconstruct<K, V>(this KeyValuePair<K, V> kv, out K k, out V v, out string both) { k = kv.Key; v = kv.Value; both = $"{kv.Key}={kv.Value}"; }
}

class Program
{
    static void Main()
    {
        var r = new Range3(1, 10, 2);
        var (s, e) = r;
        var (s2, e2, st) = r;
        Console.WriteLine($"{s} {e} {s2} {e2} {st}");
        var (y, m, d) = new DateOnly(2024, 12, 25);
        Console.WriteLine($"{y}/{m}/{d}");
        var dict = new SortedDictionary<string, int> { ["b"] = 2, ["a"] = 1 };
        foreach (var (k, v) in dict) Console.Write($"{k}{v} ");
        foreach (var (k, v, both) in dict) Console.Write(both + " ");
        Console.WriteLine();
        if (r is var (a, b, _) && a < b) Console.WriteLine("ascending " + a + ".." + b);
        (int x, (string name, bool flag)) = (5, ("n", true));
        Console.WriteLine($"{x} {name} {flag}");
        int p, q;
        (p, q) = (3, 4);
        (p, q) = (q, p + q);
        Console.WriteLine(p + " " + q);
        var points = new[] { (1, 2), (3, 4) };
        int sum = 0;
        foreach (var (px, py) in points) sum += px * py;
        Console.WriteLine(sum);
        var arr = new int[2];
        (arr[0], arr[1]) = (10, 20);
        Console.WriteLine(arr[0] + arr[1]);
    }
}
