// Array element access for every element type (ldelem/stelem/ldelema), covariance checks on
// stores and on taking element refs, out-of-range and negative sizes/indices with long/uint
// indices, multi-dimensional arrays of structs, Array.Copy overlap and widening, Buffer.BlockCopy.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct P { public byte A; public long B; public string? S; public override string ToString() => $"{A}/{B}/{S ?? "-"}"; }
class Base { } class Derived : Base { }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;
    static void Store<T>(T[] a, int i, T v) => a[i] = v;
    static void Inc(ref object o) => o = "changed";
    static ref T At<T>(T[] a, int i) => ref a[i];
    static string Join<T>(T[] a) => string.Join(",", a);

    static void Main()
    {
        sbyte[] sb = { -128, 127 }; sb[0]--; sb[1]++;
        byte[] by = { 0, 255 }; by[0]--; by[1]++;
        short[] sh = { short.MinValue, short.MaxValue }; sh[0]--; sh[1]++;
        ushort[] us = { 0, 65535 }; us[0]--; us[1]++;
        char[] ch = { 'a', '\uffff' }; ch[0]++; ch[1]++;
        int[] ii = { int.MinValue, int.MaxValue }; ii[0]--; ii[1]++;
        uint[] ui = { 0, uint.MaxValue }; ui[0]--; ui[1]++;
        long[] ll = { long.MinValue, long.MaxValue }; ll[0]--; ll[1]++;
        ulong[] ul = { 0, ulong.MaxValue }; ul[0]--; ul[1]++;
        float[] fl = { 16777216f, 0.1f }; fl[0]++; fl[1] *= 3;
        double[] db = { 1e16, 0.1 }; db[0]++; db[1] *= 3;
        bool[] bo = { true, false }; bo[0] = !bo[0]; bo[1] |= true;
        decimal[] de = { 1.5m, decimal.MaxValue }; de[0] *= 3;
        Console.WriteLine($"{Join(sb)} {Join(by)} {Join(sh)} {Join(us)} {(int)ch[0]},{(int)ch[1]} {Join(ii)} {Join(ui)} {Join(ll)} {Join(ul)} {fl[0]:R},{fl[1]:R} {db[0]:R},{db[1]:R} {Join(bo)} {Join(de)}");
        // element refs of small types must keep their width
        ref byte rb = ref by[1]; rb += 250; rb += 10;
        ref sbyte rs = ref sb[1]; rs -= 100; rs -= 100;
        ref char rc = ref ch[0]; rc = (char)(rc + 0x10000 + 1);
        ref ushort ru = ref us[0]; ru = (ushort)(ru * 3);
        Console.WriteLine($"refs: {by[1]} {sb[1]} {(int)ch[0]} {us[0]}");
        // bytes behind wider elements
        int[] words = { 0x01020304, -2 };
        Span<byte> bytes = MemoryMarshal.AsBytes(words.AsSpan());
        Console.WriteLine($"bytes: {string.Join(",", bytes.ToArray())} {MemoryMarshal.Cast<int, short>(words.AsSpan())[3]} {MemoryMarshal.Read<long>(bytes):X16}");
        // structs with refs
        P[] ps = new P[3];
        ps[0].A = 200; ps[0].B = -1; ps[0].S = "s0";
        ps[1] = ps[0]; ps[1].A++; ps[1].S += "!";
        ref P rp = ref ps[2]; rp = ps[1]; rp.B = long.MaxValue;
        Console.WriteLine($"structs: {Join(ps)}");
        Array.Copy(ps, 0, ps, 1, 2);
        Console.WriteLine($"overlap fwd: {Join(ps)}");
        Array.Copy(ps, 1, ps, 0, 2);
        Console.WriteLine($"overlap back: {Join(ps)}");
        int[] ov = { 1, 2, 3, 4, 5, 6 };
        Array.Copy(ov, 0, ov, 2, 4); Console.Write($"int overlap: {Join(ov)} ");
        Array.Copy(ov, 2, ov, 0, 4); Console.WriteLine(Join(ov));
        long[] wide = new long[3];
        Array.Copy(new int[] { -1, 2, int.MinValue }, wide, 3);
        double[] dw = new double[2];
        Array.Copy(new float[] { 0.1f, -0f }, dw, 2);
        object[] boxes = new object[2];
        Array.Copy(new int[] { 7, 8 }, boxes, 2);
        int[] unb = new int[2];
        Array.Copy(new object[] { 9, 10 }, unb, 2);
        Console.WriteLine($"widen: {Join(wide)} {dw[0]:R} {1 / dw[1]} {boxes[1].GetType().Name} {Join(unb)}");
        T("copy int->short", () => { Array.Copy(new int[] { 1 }, new short[1], 1); return "ok"; });
        T("copy long->int", () => { Array.Copy(new long[] { 1 }, new int[1], 1); return "ok"; });
        T("copy obj(str)->int", () => { Array.Copy(new object[] { "x" }, new int[1], 1); return "ok"; });
        T("copy uint->int", () => { var d = new int[1]; Array.Copy(new uint[] { uint.MaxValue }, d, 1); return d[0]; });
        T("copy byte->int", () => { var d = new int[1]; Array.Copy(new byte[] { 200 }, d, 1); return d[0]; });
        T("copy sbyte->int", () => { var d = new int[1]; Array.Copy(new sbyte[] { -2 }, d, 1); return d[0]; });
        T("copy int->double", () => { var d = new double[1]; Array.Copy(new int[] { -3 }, d, 1); return d[0]; });
        T("copy char->int", () => { var d = new int[1]; Array.Copy(new char[] { 'A' }, d, 1); return d[0]; });
        byte[] raw = new byte[8];
        Buffer.BlockCopy(new short[] { -2, 0x0102 }, 1, raw, 2, 3);
        Console.WriteLine($"blockcopy: {Join(raw)} {Buffer.ByteLength(new long[3])}");

        // covariance
        object[] oa = new string[2];
        T("store int into string[] as object[]", () => { oa[0] = 1; return "stored"; });
        T("store null", () => { oa[0] = null; return "stored"; });
        T("store string", () => { oa[1] = "s"; return oa[1]; });
        T("generic store", () => { Store<object>(oa, 0, new object()); return "stored"; });
        Base[] ba = new Derived[1];
        T("store Base into Derived[]", () => { ba[0] = new Base(); return "stored"; });
        T("store Derived into Derived[]", () => { ba[0] = new Derived(); return "stored"; });
        IComparable[] ca = new string[1];
        T("store int into string[] as IComparable[]", () => { ca[0] = 5; return "stored"; });
        object[] exact = new object[1];
        T("ref into object[]", () => { Inc(ref exact[0]); return exact[0]; });
        T("readonly ref into covariant", () => { ref readonly object r = ref oa[1]; return r; });
        T("ReadOnlySpan over covariant", () => { ReadOnlySpan<object> s = oa; return s.Length; });

        // indices
        int[] small = new int[3];
        T("index -1", () => small[Id(-1)]);
        T("index 3", () => small[Id(3)]);
        T("long index 2", () => small[Id(2L)]);
        T("long index -1", () => small[Id(-1L)]);
        T("uint index max", () => small[Id(uint.MaxValue)]);
        T("ulong index 2^63", () => small[Id(9223372036854775808UL)]);
        T("new int[-1]", () => new int[Id(-1)].Length);
        T("new int[-1L]", () => new int[Id(-1L)].Length);
        T("new int[0]", () => new int[Id(0)].Length);
        T("new int[2,-1]", () => new int[2, Id(-1)].Length);
        T("null array", () => ((int[])null!)[0]);
        T("null length", () => ((int[])null!).Length);
        T("Index ^1", () => small[^Id(1)]);
        T("range", () => Join(new[] { 1, 2, 3, 4, 5 }[1..^1]));
        T("range bad", () => Join(new[] { 1, 2, 3 }[2..1]));

        // multi-dim
        var grid = new P[2, 3];
        grid[1, 2].A = 5; grid[1, 2].S = "g";
        ref P gp = ref grid[0, 1]; gp.B = 77;
        var g2 = (P[,])grid.Clone();
        g2[1, 2].A = 6;
        Console.WriteLine($"grid: {grid[1, 2]} {grid[0, 1]} {g2[1, 2]} {grid.Length} {grid.Rank} {grid.GetLength(1)} {grid.GetUpperBound(0)}");
        T("grid oob", () => grid[2, 0]);
        T("grid oob2", () => grid[0, -1]);
        var cube = new long[2, 2, 2];
        int k = 0;
        for (int a = 0; a < 2; a++) for (int b = 0; b < 2; b++) for (int c = 0; c < 2; c++) cube[a, b, c] = (long)++k << 40;
        long sum = 0; foreach (long v in cube) sum += v >> 40;
        Console.WriteLine($"cube: {sum} {cube[1, 0, 1] >> 40}");
        Array lb = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { -1 });
        lb.SetValue(42, -1); lb.SetValue(43, 1);
        Console.WriteLine($"lower bound: {lb.GetValue(-1)} {lb.GetValue(1)} {lb.GetLowerBound(0)} {lb.GetType()} {lb is int[]}");
        T("lb oob", () => lb.GetValue(2));
        object[,] om = new string[1, 1];
        T("md covariant store", () => { om[0, 0] = 1; return "stored"; });
        int[][] jag = new int[3][];
        jag[1] = new int[] { 1, 2 };
        T("jag null row", () => jag[0][0]);
        T("jag", () => jag[1][1]);
        var list = new List<int[]> { new[] { 1 } };
        list[0][0] = 9;
        Console.WriteLine($"list of arrays: {list[0][0]}");
    }
}
