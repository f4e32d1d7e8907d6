// Span<T>.CopyTo handles overlapping source and destination like memmove.
using System;

struct P { public int A; public string S; }

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3, 4, 5, 6 };
        a.AsSpan(0, 4).CopyTo(a.AsSpan(1));
        Console.WriteLine(string.Join(",", a));
        byte[] b = { 1, 2, 3, 4, 5, 6 };
        b.AsSpan(0, 5).CopyTo(b.AsSpan(1));
        Console.WriteLine(string.Join(",", b));
        string[] s = { "a", "b", "c", "d" };
        s.AsSpan(0, 3).CopyTo(s.AsSpan(1));
        Console.WriteLine(string.Join(",", s));
        var p = new P[] { new P { A = 1, S = "x" }, new P { A = 2, S = "y" }, new P { A = 3, S = "z" } };
        p.AsSpan(0, 2).CopyTo(p.AsSpan(1));
        Console.WriteLine($"{p[0].A}{p[0].S} {p[1].A}{p[1].S} {p[2].A}{p[2].S}");
        long[] l = { 1, 2, 3, 4 };
        new ReadOnlySpan<long>(l, 0, 3).CopyTo(l.AsSpan(1));
        Console.WriteLine(string.Join(",", l));
    }
}
