// Dictionaries and hash sets with the default comparer hash and compare keys without calling the comparer
// (integer keys inline, strings through String.Equals); with any other comparer they call it.
// Each key type: inserts, overwrites, lookups that hit and miss, removals and re-inserts, keys
// that collide in the low bits, and the comparer the dictionary reports.
using System;
using System.Collections.Generic;

enum Small { A, B, C }
enum Wide : long { Lo = 1, Hi = 1L << 40 }
struct Plain { public int A; public Plain(int a) { A = a; } }

sealed class ModTen : IEqualityComparer<int>
{
    public int Calls;
    public bool Equals(int x, int y) { Calls++; return x % 10 == y % 10; }
    public int GetHashCode(int v) { Calls++; return v % 10; }
}

public static class Program
{
    static string Run<T>(string name, T[] keys, T missing, IEqualityComparer<T> comparer = null)
    {
        var d = comparer == null ? new Dictionary<T, int>() : new Dictionary<T, int>(comparer);
        for (int i = 0; i < keys.Length; i++) d[keys[i]] = i;
        for (int i = 0; i < keys.Length; i += 2) d[keys[i]] += 100;
        int sum = 0;
        foreach (var k in keys) sum += d.TryGetValue(k, out int v) ? v : -1000;
        bool miss = d.ContainsKey(missing);
        int removed = 0;
        for (int i = 0; i < keys.Length; i += 3) if (d.Remove(keys[i])) removed++;
        bool again = d.Remove(keys[0]);
        d.Add(keys[0], 7);
        string dup = "none";
        try { d.Add(keys[0], 8); } catch (ArgumentException) { dup = "dup"; }
        string order = "";
        foreach (var kv in d) order += kv.Value + ",";
        bool isDefault = ReferenceEquals(d.Comparer, EqualityComparer<T>.Default);
        return $"{name}: count={d.Count} sum={sum} miss={miss} removed={removed} again={again} {dup} default={isDefault} [{order}]";
    }

    public static int Main()
    {
        var ints = new int[40];
        for (int i = 0; i < ints.Length; i++) ints[i] = (i - 20) * 1031; // multiples of a prime: bucket collisions
        Console.WriteLine(Run("int", ints, 5));
        Console.WriteLine(Run("int explicit default", ints, 5, EqualityComparer<int>.Default));
        var mod = new ModTen();
        Console.WriteLine(Run("int mod ten", new[] { 1, 2, 3, 11, 25, 30 }, 44, mod) + " calls>0=" + (mod.Calls > 0));
        Console.WriteLine(Run("uint", new uint[] { 0, 1, uint.MaxValue, 0x80000000, 0x7fffffff, 17 }, 2u));
        Console.WriteLine(Run("long", new long[] { 1, 1L << 32, (1L << 32) + 1, -1, long.MinValue, long.MaxValue, 0 }, 2L));
        Console.WriteLine(Run("ulong", new ulong[] { 1, 1UL << 32, ulong.MaxValue, 0 }, 3UL));
        Console.WriteLine(Run("short", new short[] { -1, 1, short.MinValue, short.MaxValue, 0 }, (short)2));
        Console.WriteLine(Run("byte", new byte[] { 0, 1, 255, 128 }, (byte)7));
        Console.WriteLine(Run("sbyte", new sbyte[] { -128, -1, 0, 127 }, (sbyte)5));
        Console.WriteLine(Run("char", new[] { 'a', 'b', '\uffff', '\0' }, 'z'));
        Console.WriteLine(Run("bool", new[] { true, false }, true));
        Console.WriteLine(Run("enum", new[] { Small.A, Small.B, Small.C }, (Small)7));
        Console.WriteLine(Run("long enum", new[] { Wide.Lo, Wide.Hi, (Wide)(1L << 40 | 1) }, (Wide)0));
        Console.WriteLine(Run("double", new[] { 0.0, double.NaN, 1.5, double.PositiveInfinity }, -0.0));
        Console.WriteLine(Run("float", new[] { float.NaN, 2.5f, -0.0f }, 0.0f));
        Console.WriteLine(Run("struct", new[] { new Plain(1), new Plain(2), new Plain(-3) }, new Plain(9)));
        Console.WriteLine(Run("nullable", new int?[] { 1, 2, 3 }, 4));
        Console.WriteLine(Run("string", new[] { "a", "b", "", "longer key", "A" }, "B"));
        Console.WriteLine(Run("string ignore case", new[] { "a", "b", "C" }, "B", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine(Run("object", new object[] { 1, "1", 1L }, 2));

        var hs = new HashSet<int>(ints);
        Console.WriteLine("set int " + hs.Count + " " + hs.Contains(ints[3]) + " " + hs.Contains(5) + " " + hs.Remove(ints[0]) + " " + hs.Remove(ints[0]) + " " + hs.Add(ints[0]) + " " + hs.Add(ints[1]));
        var hss = new HashSet<string> { "a", null, "b" };
        Console.WriteLine("set string " + hss.Count + " " + hss.Contains(null) + " " + hss.Contains("b") + " " + hss.Contains("B") + " " + hss.Remove(null) + " " + hss.Contains(null) + " " + hss.Add("a"));
        var hse = new HashSet<Wide> { Wide.Lo, Wide.Hi, Wide.Lo };
        var hsi = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "A", "b" };
        var hsd = new HashSet<double> { double.NaN, 0.0, -0.0, double.NaN };
        Console.WriteLine("set others " + hse.Count + " " + hsi.Count + " " + hsi.Contains("B") + " " + hsd.Count + " " + hsd.Contains(double.NaN) + " " + new HashSet<int>(hs).SetEquals(hs));
        var s = new Dictionary<string, int> { ["x"] = 1 };
        try { s.TryGetValue(null, out _); } catch (ArgumentNullException e) { Console.WriteLine("null lookup: " + e.ParamName); }
        try { s[null] = 2; } catch (ArgumentNullException e) { Console.WriteLine("null insert: " + e.ParamName); }
        var n = new Dictionary<int?, int>();
        try { n.Add(null, 1); } catch (ArgumentNullException e) { Console.WriteLine("null nullable key: " + e.ParamName); }
        // The key compared is the one stored, not only its hash: -0.0 finds 0.0, NaN finds NaN.
        var dd = new Dictionary<double, string> { [0.0] = "zero", [double.NaN] = "nan" };
        Console.WriteLine(dd[-0.0] + " " + dd[double.NaN] + " " + dd.ContainsKey(double.Epsilon));
        return 0;
    }
}
