// Integer edge cases: div/rem signs, MinValue / -1 (OverflowException on x64), unsigned div/rem,
// shifts with counts masked by C#, checked mul/add/sub near boundaries for every width,
// unsigned comparisons above the signed range.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static uint U(uint x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;

    static void T(string name, Func<string> f)
    {
        string r;
        try { r = f(); } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + " = " + r);
    }

    static void Main()
    {
        int[] ns = { 7, -7, int.MinValue, int.MaxValue, 0, 1, -1 };
        int[] ds = { 2, -2, 3, -3, 1, -1, int.MinValue, int.MaxValue, 0 };
        foreach (int n in ns)
            foreach (int d in ds)
                T($"{n} /,% {d}", () => (I(n) / I(d)) + "," + (I(n) % I(d)));
        long[] ln = { long.MinValue, long.MaxValue, -9, 9 };
        long[] ld = { -1, 4, -4, long.MinValue, 0 };
        foreach (long n in ln)
            foreach (long d in ld)
                T($"{n}L /,% {d}", () => (L(n) / L(d)) + "," + (L(n) % L(d)));
        uint[] un = { 0xFFFFFFFF, 0x80000000, 7 };
        uint[] ud = { 2, 0x80000000, 0xFFFFFFFF, 3 };
        foreach (uint n in un)
            foreach (uint d in ud)
                T($"{n}u /,% {d}", () => (U(n) / U(d)) + "," + (U(n) % U(d)));
        ulong[] uln = { ulong.MaxValue, 0x8000000000000000, 10 };
        ulong[] uld = { 3, 0x8000000000000001, ulong.MaxValue, 7 };
        foreach (ulong n in uln)
            foreach (ulong d in uld)
                T($"{n}ul /,% {d}", () => (UL(n) / UL(d)) + "," + (UL(n) % UL(d)));
        // shifts: C# masks the count (& 31 / & 63)
        int[] counts = { 0, 1, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, int.MinValue, int.MaxValue };
        foreach (int c in counts)
            Console.WriteLine($"shift {c}: {I(-12345) << I(c)} {I(-12345) >> I(c)} {I(-12345) >>> I(c)} {U(0x89ABCDEF) >> I(c)} {L(-123456789012) << I(c)} {L(-123456789012) >> I(c)} {UL(0xFEDCBA9876543210) >> I(c)} {L(-5) >>> I(c)}");
        // small-type shifts promote to int
        byte b = (byte)I(0xF0); sbyte sb = (sbyte)I(-16); ushort us = (ushort)I(0xFFFF); short ss = (short)I(-32768); char ch = (char)I(0xFFFF);
        Console.WriteLine($"small: {b << 28} {sb >> 2} {sb >>> 2} {us << 17} {ss >> 15} {ss >>> 1} {ch << 16} {(byte)(b << 1)} {(sbyte)(sb << 4)}");
        // checked arithmetic near boundaries
        T("int max+1", () => checked(I(int.MaxValue) + I(1)).ToString());
        T("int min-1", () => checked(I(int.MinValue) - I(1)).ToString());
        T("int min*-1", () => checked(I(int.MinValue) * I(-1)).ToString());
        T("int 46341^2", () => checked(I(46341) * I(46341)).ToString());
        T("int 46340^2", () => checked(I(46340) * I(46340)).ToString());
        T("int -46341*46341", () => checked(I(-46341) * I(46341)).ToString());
        T("int -65536*32768", () => checked(I(-65536) * I(32768)).ToString());
        T("int 65536*32768", () => checked(I(65536) * I(32768)).ToString());
        T("uint 0-1", () => checked(U(0) - U(1)).ToString());
        T("uint max+1", () => checked(U(uint.MaxValue) + U(1)).ToString());
        T("uint 65536*65536", () => checked(U(65536) * U(65536)).ToString());
        T("uint 65535*65537", () => checked(U(65535) * U(65537)).ToString());
        T("uint 65536*65537", () => checked(U(65536) * U(65537)).ToString());
        T("long max+1", () => checked(L(long.MaxValue) + L(1)).ToString());
        T("long min-1", () => checked(L(long.MinValue) - L(1)).ToString());
        T("long min*-1", () => checked(L(long.MinValue) * L(-1)).ToString());
        T("long -1*min", () => checked(L(-1) * L(long.MinValue)).ToString());
        T("long 3037000500^2", () => checked(L(3037000500) * L(3037000500)).ToString());
        T("long 3037000499^2", () => checked(L(3037000499) * L(3037000499)).ToString());
        T("long -3037000500*3037000500", () => checked(L(-3037000500) * L(3037000500)).ToString());
        T("long 2^32*2^31", () => checked(L(4294967296) * L(2147483648)).ToString());
        T("long -2^32*2^31", () => checked(L(-4294967296) * L(2147483648)).ToString());
        T("long 2^32*-2^31", () => checked(L(4294967296) * L(-2147483648)).ToString());
        T("long min*1", () => checked(L(long.MinValue) * L(1)).ToString());
        T("long 0x100000001*0x7FFFFFFF", () => checked(L(0x100000001) * L(0x7FFFFFFF)).ToString());
        T("long 0x100000001*0x80000000", () => checked(L(0x100000001) * L(0x80000000)).ToString());
        T("ulong 0-1", () => checked(UL(0) - UL(1)).ToString());
        T("ulong max+1", () => checked(UL(ulong.MaxValue) + UL(1)).ToString());
        T("ulong 2^32*2^32", () => checked(UL(4294967296) * UL(4294967296)).ToString());
        T("ulong 2^32*(2^32-1)", () => checked(UL(4294967296) * UL(4294967295)).ToString());
        T("ulong (2^32+1)*(2^32-1)", () => checked(UL(4294967297) * UL(4294967295)).ToString());
        T("ulong 0xFFFFFFFF*0xFFFFFFFF", () => checked(UL(0xFFFFFFFF) * UL(0xFFFFFFFF)).ToString());
        T("ulong 0x100000001*0xFFFFFFFF", () => checked(UL(0x100000001) * UL(0xFFFFFFFF)).ToString());
        T("ulong 3*0x5555555555555556", () => checked(UL(3) * UL(0x5555555555555556)).ToString());
        T("ulong 3*0x5555555555555555", () => checked(UL(3) * UL(0x5555555555555555)).ToString());
        T("ulong big-big", () => checked(UL(0x8000000000000000) - UL(0x8000000000000001)).ToString());
        T("long unchecked mul", () => unchecked(L(0x123456789ABCDEF) * L(0xFEDCBA987654321)).ToString());
        T("ulong unchecked mul", () => unchecked(UL(0xFFFFFFFFFFFFFFFF) * UL(0xFFFFFFFFFFFFFFFF)).ToString());
        T("int unchecked mul", () => unchecked(I(0x12345678) * I(0x9ABCDEF)).ToString());
        T("uint unchecked mul", () => unchecked(U(0xFFFFFFFF) * U(0xFFFFFFFF)).ToString());
        T("short checked", () => checked((short)(I(32767) + I(1))).ToString());
        T("Math.Abs(int.Min)", () => Math.Abs(I(int.MinValue)).ToString());
        T("Math.Abs(long.Min)", () => Math.Abs(L(long.MinValue)).ToString());
        T("neg int.Min", () => (-I(int.MinValue)).ToString());
        T("checked neg int.Min", () => checked(-I(int.MinValue)).ToString());
        T("checked neg long.Min", () => checked(-L(long.MinValue)).ToString());
        T("checked -uint 0", () => checked(-(long)U(0)).ToString());
        T("~uint", () => (~U(5)).ToString());
        T("~ulong", () => (~UL(5)).ToString());
        // unsigned comparisons
        uint ua = U(0x80000000), ub = U(1);
        ulong la = UL(0x8000000000000000), lb = UL(1);
        Console.WriteLine($"ucmp: {ua > ub} {ua < ub} {ua >= ub} {ua <= ub} {la > lb} {la < lb} {la >= lb} {la <= lb} {(int)ua > (int)ub} {(long)la > (long)lb}");
        int branches = 0;
        if (ua > ub) branches |= 1;
        if (la > lb) branches |= 2;
        if (!(ua < ub)) branches |= 4;
        if (!(la <= lb)) branches |= 8;
        if (U(uint.MaxValue) >= U(0)) branches |= 16;
        if (UL(ulong.MaxValue) > UL(ulong.MaxValue - 1)) branches |= 32;
        Console.WriteLine("branches=" + branches);
        Console.WriteLine($"Math.BigMul: {Math.BigMul(L(-1), L(-1), out long lo1)} {lo1} {Math.BigMul(UL(ulong.MaxValue), UL(ulong.MaxValue), out ulong lo2)} {lo2}");
        Console.WriteLine($"DivRem: {Math.DivRem(I(-7), I(2))} {Math.DivRem(L(-7), L(-2))} {int.CreateSaturating(L(1) << 40)} {int.CreateTruncating(L(0x1FFFFFFFF))}");
    }
}
