// Switches (dense/sparse/negative/long/char/string/pattern/relational/type/tuple) and closure
// capture semantics (for vs foreach, captured loop variables in nested lambdas, captured
// struct copies, local functions, capture of ref-passed parameters copies).
using System;
using System.Collections.Generic;
using System.Linq;

record R(int X, string Y);
struct SP { public int V; }

class Program
{
    static string Dense(int x) { switch (x) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three"; case 4: return "four"; case 5: return "five"; case 6: return "six"; default: return "d"; } }
    static string Sparse(int x) { switch (x) { case -1000000: return "m1e6"; case -1: return "m1"; case 7: return "7"; case 100: return "100"; case 1000: return "1e3"; case int.MaxValue: return "max"; case int.MinValue: return "min"; case 1 << 20: return "2^20"; default: return "d"; } }
    static string Longs(long x) => x switch { long.MinValue => "min", -1 => "m1", 0 => "0", 1L << 40 => "2^40", 4294967296 => "2^32", long.MaxValue => "max", _ => "d" };
    static string Uns(uint x) => x switch { 0 => "0", 0x80000000 => "hi", uint.MaxValue => "max", _ => "d" };
    static string Chars(char c) => c switch { 'a' => "a", 'z' => "z", '\0' => "nul", '\uffff' => "ffff", >= '0' and <= '9' => "digit", _ => "d" };
    static string Bytes(byte b) { switch (b) { case 0: case 1: case 2: return "low"; case 255: return "max"; case 128: return "mid"; } return "d"; }
    static string Str(string? s) { switch (s) { case "": return "empty"; case null: return "null"; case "a": return "a"; case "ab": return "ab"; case "abc": return "abc"; case "ABC": return "ABC"; case "hello": return "hello"; case "world": return "world"; case "Hello": return "Hello"; case "\0": return "nulchar"; default: return "d"; } }
    static string Rel(double d) => d switch { < 0 => "neg", 0 => "zero", > 0 and < 1 => "frac", >= 1 => "big", double.NaN => "nan" };
    static string Typ(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => "negint",
        int i => "int" + i,
        long l => "long" + l,
        string { Length: 0 } => "emptystr",
        string s => "str" + s.Length,
        R(1, var y) => "R1" + y,
        R { X: > 5 } r => "Rbig" + r.X,
        R => "R",
        int[] { Length: 2 } a => "arr2",
        int[] => "arr",
        IEnumerable<char> => "chars",
        SP { V: 3 } => "SP3",
        ValueType v => "vt" + v.GetType().Name,
        _ => "obj"
    };
    static string Tup(int a, bool b) => (a, b) switch { (0, true) => "0t", (0, _) => "0f", (_, true) when a > 10 => "bigt", (var x, false) => "f" + x, _ => "other" };
    static string Lists(int[] a) => a switch { [] => "empty", [var x] => "one" + x, [1, .., 9] => "1..9", [_, var y, ..] => "second" + y };
    static int Goto(int x)
    {
        int acc = 0;
        switch (x)
        {
            case 1: acc += 1; goto case 3;
            case 2: acc += 2; goto default;
            case 3: acc += 30; break;
            default: acc += 100; break;
        }
        return acc;
    }

    static void Main()
    {
        Console.WriteLine(string.Join(" ", Enumerable.Range(-2, 11).Select(Dense)));
        foreach (int v in new[] { -1000000, -1, 7, 100, 1000, int.MaxValue, int.MinValue, 1 << 20, 8, 0 }) Console.Write(Sparse(v) + " ");
        Console.WriteLine();
        foreach (long v in new[] { long.MinValue, -1, 0, 1L << 40, 4294967296, long.MaxValue, 1, 4294967295 }) Console.Write(Longs(v) + " ");
        Console.WriteLine();
        foreach (uint v in new[] { 0u, 0x80000000, uint.MaxValue, 5u }) Console.Write(Uns(v) + " ");
        foreach (char v in "az\0\uffff5x") Console.Write(Chars(v) + " ");
        foreach (byte v in new byte[] { 0, 2, 3, 128, 255 }) Console.Write(Bytes(v) + " ");
        Console.WriteLine();
        foreach (string? s in new[] { "", null, "a", "ab", "abc", "ABC", "hello", "world", "Hello", "\0", "abcd", "b", "HELLO" }) Console.Write(Str(s) + " ");
        Console.WriteLine();
        foreach (double d in new[] { -1.0, -0.0, 0.0, 0.5, 1, double.NaN, double.PositiveInfinity, double.NegativeInfinity }) Console.Write(Rel(d) + " ");
        Console.WriteLine();
        foreach (object? o in new object?[] { null, -5, 5, 5L, "", "abc", new R(1, "y"), new R(9, ""), new R(2, ""), new[] { 1, 2 }, new int[0], new List<char>(), new SP { V = 3 }, new SP(), 1.5, new object() }) Console.Write(Typ(o) + " ");
        Console.WriteLine();
        Console.WriteLine($"{Tup(0, true)} {Tup(0, false)} {Tup(11, true)} {Tup(5, false)} {Tup(5, true)}");
        Console.WriteLine($"{Lists(new int[0])} {Lists(new[] { 4 })} {Lists(new[] { 1, 5, 9 })} {Lists(new[] { 1, 9 })} {Lists(new[] { 2, 3, 9 })}");
        Console.WriteLine($"goto: {Goto(1)} {Goto(2)} {Goto(3)} {Goto(4)}");

        var fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fs.Add(() => i);
        foreach (int j in new[] { 10, 20, 30 }) fs.Add(() => j);
        for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy * 100); }
        int w = 0;
        while (w < 2) { fs.Add(() => w); w++; }
        Console.WriteLine("captures: " + string.Join(",", fs.Select(f => f())));
        var adders = new List<Action>();
        int shared = 0;
        for (int i = 0; i < 3; i++)
        {
            int local = i;
            adders.Add(() => { shared += local; local += 10; });
        }
        adders.ForEach(a => a()); adders.ForEach(a => a());
        Console.WriteLine("shared: " + shared);
        var sp = new SP { V = 1 };
        Func<int> readSp = () => sp.V;
        sp.V = 2;
        Action mutSp = () => sp.V++;
        mutSp();
        Console.WriteLine($"struct capture: {readSp()} {sp.V}");
        int counter = 0;
        int Next() => ++counter;
        Func<Func<int>> mk = () => { int own = Next() * 10; return () => ++own; };
        var g1 = mk(); var g2 = mk();
        Console.WriteLine($"nested: {g1()} {g1()} {g2()} {counter}");
        Console.WriteLine("ref capture: " + RefCap(5));
        var byIndex = Enumerable.Range(0, 4).Select(k => (Func<int>)(() => k * k)).ToArray();
        Console.WriteLine("linq capture: " + string.Join(",", byIndex.Select(f => f())));
        Console.WriteLine("static lambda: " + ((Func<int, int>)(static x => x + 1))(1));
    }
    static int RefCap(int p)
    {
        Func<int> f = () => p;
        Mod(ref p);
        return f() * 1000 + p;
    }
    static void Mod(ref int x) => x += 2;
}
