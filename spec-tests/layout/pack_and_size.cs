// unsafe
// StructLayout Pack=1/2 and Size=: field offsets, misaligned long/double/int reads and writes
// (fields, arrays of packed structs, through pointers and refs), sizes by Unsafe.SizeOf/sizeof.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed1
{
    public byte Tag;
    public long L;
    public double D;
    public int I;
    public short S;
}

[StructLayout(LayoutKind.Sequential, Pack = 2)]
struct Packed2
{
    public byte Tag;
    public int I;
    public long L;
}

[StructLayout(LayoutKind.Sequential, Size = 32)]
struct Sized
{
    public int A;
    public byte B;
}

[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 5)]
struct TinySized
{
    public byte A;
    public int B;
}

struct Natural
{
    public byte Tag;
    public long L;
    public byte Tail;
}

struct Holder
{
    public byte Lead;
    public Packed1 P;
}

static class Program
{
    static void Bump(ref long x) => x += 0x100000001;
    static void Half(ref double d) => d /= 2;

    static unsafe void Main()
    {
        Console.WriteLine($"SizeOf Packed1={Unsafe.SizeOf<Packed1>()} Packed2={Unsafe.SizeOf<Packed2>()} Sized={Unsafe.SizeOf<Sized>()} TinySized={Unsafe.SizeOf<TinySized>()} Natural={Unsafe.SizeOf<Natural>()} Holder={Unsafe.SizeOf<Holder>()}");
        Console.WriteLine($"sizeof Packed1={sizeof(Packed1)} Packed2={sizeof(Packed2)} Sized={sizeof(Sized)} TinySized={sizeof(TinySized)} Natural={sizeof(Natural)}");

        var p = new Packed1();
        byte* b = (byte*)&p;
        Console.WriteLine($"offsets: L={(byte*)&p.L - b} D={(byte*)&p.D - b} I={(byte*)&p.I - b} S={(byte*)&p.S - b}");
        var p2 = new Packed2();
        byte* b2 = (byte*)&p2;
        Console.WriteLine($"Packed2 offsets: I={(byte*)&p2.I - b2} L={(byte*)&p2.L - b2}");
        var n = new Natural();
        byte* bn = (byte*)&n;
        Console.WriteLine($"Natural offsets: L={(byte*)&n.L - bn} Tail={(byte*)&n.Tail - bn}");

        p.Tag = 0xAA; p.L = -1234567890123456789; p.D = Math.PI; p.I = -42; p.S = 12345;
        Console.WriteLine($"{p.Tag} {p.L} {p.D:F10} {p.I} {p.S}");
        Bump(ref p.L);
        Half(ref p.D);
        Console.WriteLine($"after ref: {p.L} {p.D:F10}");
        Console.WriteLine($"raw L bytes: {b[1]:X2} {b[2]:X2} {b[8]:X2}");

        var arr = new Packed1[4];
        for (int i = 0; i < arr.Length; i++) { arr[i].Tag = (byte)i; arr[i].L = (long)i << 40 | (uint)i; arr[i].D = i * 0.25; arr[i].I = i * -3; arr[i].S = (short)(i * 1000); }
        long sumL = 0; double sumD = 0; int sumI = 0;
        foreach (var e in arr) { sumL += e.L; sumD += e.D; sumI += e.I + e.S; }
        Console.WriteLine($"array sums: {sumL} {sumD} {sumI}");
        Bump(ref arr[3].L);
        Console.WriteLine($"arr[3].L = {arr[3].L}");

        var boxed = (object)arr[2];
        var un = (Packed1)boxed;
        Console.WriteLine($"unboxed: {un.Tag} {un.L} {un.D} {un.I} {un.S}");

        var h = new Holder { Lead = 1 };
        h.P.L = long.MaxValue; h.P.D = -0.0;
        Console.WriteLine($"holder: {h.P.L} {1 / h.P.D}");

        var s = new Sized { A = 9, B = 3 };
        var sizedArr = new Sized[2];
        sizedArr[1] = s;
        Console.WriteLine($"sized: {sizedArr[1].A} {sizedArr[1].B} {sizedArr[0].A}");

        var t = new TinySized { A = 1, B = 0x01020304 };
        byte* bt = (byte*)&t;
        Console.WriteLine($"tiny: {bt[0]} {bt[1]} {bt[4]} B=0x{t.B:X8}");

        long* lp = (long*)(b + 1);
        *lp = 77;
        double* dp = (double*)(b + 9);
        *dp = 2.75;
        Console.WriteLine($"via pointers: {p.L} {p.D}");
        Console.WriteLine($"Unsafe.ReadUnaligned: {Unsafe.ReadUnaligned<long>(b + 1)} {Unsafe.ReadUnaligned<int>(b + 17)}");
    }
}
