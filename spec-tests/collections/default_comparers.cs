// EqualityComparer<T>.Default for the primitive key types (which get a comparer calling their
// IEquatable<T>.Equals without boxing) and for other types: equality, hash codes, nulls, NaN and
// signed zeros, and dictionaries and hash sets keyed by each.
using System;
using System.Collections.Generic;

struct Point : IEquatable<Point> { public int X, Y; public bool Equals(Point o) => X == o.X && Y == o.Y; public override int GetHashCode() => X * 31 + Y; }
struct Plain { public int A; }
enum Mode { Off, On }

public static class Program
{
    static string Check<T>(T a, T b)
    {
        var c = EqualityComparer<T>.Default;
        bool same = c.GetHashCode(a) == c.GetHashCode(b);
        return (c.Equals(a, b) ? "eq" : "ne") + (same ? "/h" : "/-") + (c.Equals(c) ? "" : "!") + (ReferenceEquals(c, EqualityComparer<T>.Default) ? "" : "?");
    }

    public static int Main()
    {
        Console.WriteLine(Check(1, 1) + " " + Check(1, 2) + " " + Check(int.MinValue, int.MinValue) + " " + EqualityComparer<int>.Default.GetHashCode(42));
        Console.WriteLine(Check("a", "a") + " " + Check("a", "b") + " " + Check<string>(null, null) + " " + Check(null, "x") + " " + Check("x", null) + " " + EqualityComparer<string>.Default.GetHashCode(null));
        Console.WriteLine(Check(double.NaN, double.NaN) + " " + Check(0.0, -0.0) + " " + Check(1.5, 1.5) + " " + Check(float.NaN, float.NaN) + " " + Check(0.0f, -0.0f));
        Console.WriteLine(Check(5L, 5L) + " " + Check(5L, 6L) + " " + Check(7u, 7u) + " " + Check(ulong.MaxValue, ulong.MaxValue) + " " + Check('a', 'a') + " " + Check('a', 'b'));
        Console.WriteLine(Check((short)-1, (short)-1) + " " + Check((ushort)1, (ushort)2) + " " + Check((byte)200, (byte)200) + " " + Check((sbyte)-5, (sbyte)5) + " " + Check(true, true) + " " + Check(true, false));
        Console.WriteLine(Check(new Point { X = 1, Y = 2 }, new Point { X = 1, Y = 2 }) + " " + Check(new Plain { A = 1 }, new Plain { A = 1 }) + " " + Check(Mode.On, Mode.On) + " " + Check(Mode.On, Mode.Off));
        Console.WriteLine(Check<object>(1, 1) + " " + Check<object>("s", "s") + " " + Check<int?>(null, 3) + " " + Check<int?>(3, 3));

        var byDouble = new Dictionary<double, string> { [double.NaN] = "nan", [0.0] = "zero", [1e300] = "big" };
        Console.WriteLine(byDouble[double.NaN] + " " + byDouble[-0.0] + " " + byDouble.ContainsKey(1e299) + " " + byDouble.Count);
        var byChar = new Dictionary<char, int>();
        foreach (char ch in "mississippi") byChar[ch] = byChar.TryGetValue(ch, out int n) ? n + 1 : 1;
        Console.WriteLine(byChar['s'] + " " + byChar['i'] + " " + byChar['m'] + " " + byChar.Count);
        var longs = new HashSet<long> { long.MaxValue, long.MinValue, 0, long.MaxValue };
        var bools = new HashSet<bool> { true, false, true };
        var strings = new HashSet<string> { "a", null, "a", "b", null };
        Console.WriteLine(longs.Count + " " + bools.Count + " " + strings.Count + " " + strings.Contains(null));
        var ints = new Dictionary<int, int>();
        for (int i = 0; i < 1000; i++) ints[i * 7919 % 1009] = i;
        int sum = 0;
        foreach (var kv in ints) sum += kv.Key ^ kv.Value;
        Console.WriteLine(ints.Count + " " + sum + " " + ints.Remove(5) + " " + ints.Remove(5) + " " + ints.ContainsKey(1008));
        return ints.Count % 100;
    }
}
