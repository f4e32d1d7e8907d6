// unsafe
// StructLayout(Explicit) with overlapping FieldOffsets: unions of int/float/bytes/long, nested
// explicit structs, sizes by Unsafe.SizeOf and sizeof, and an explicit-layout class.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct IntFloat
{
    [FieldOffset(0)] public int I;
    [FieldOffset(0)] public float F;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(1)] public byte B1;
    [FieldOffset(3)] public byte B3;
}

[StructLayout(LayoutKind.Explicit)]
struct LongParts
{
    [FieldOffset(0)] public long L;
    [FieldOffset(0)] public uint Lo;
    [FieldOffset(4)] public uint Hi;
    [FieldOffset(0)] public double D;
    [FieldOffset(2)] public ushort Mid;
}

[StructLayout(LayoutKind.Explicit)]
struct Gappy
{
    [FieldOffset(0)] public byte A;
    [FieldOffset(10)] public short B;
    [FieldOffset(16)] public IntFloat U;
}

[StructLayout(LayoutKind.Explicit)]
struct WithRef
{
    [FieldOffset(0)] public int Tag;
    [FieldOffset(8)] public string Name;
}

[StructLayout(LayoutKind.Explicit)]
class ExplicitClass
{
    [FieldOffset(0)] public int X;
    [FieldOffset(0)] public short XLow;
    [FieldOffset(4)] public long Y;
}

static class Program
{
    static unsafe void Main()
    {
        var u = new IntFloat();
        u.F = 1.0f;
        Console.WriteLine($"1.0f bits = 0x{u.I:X8}, B0={u.B0} B1={u.B1} B3=0x{u.B3:X2}");
        u.I = 0x40490FDB;
        Console.WriteLine($"float from bits = {u.F:F5}");
        u.B3 = 0xC0;
        Console.WriteLine($"after B3 write: I=0x{u.I:X8} F={u.F:F5}");

        var lp = new LongParts { L = 0x0123456789ABCDEF };
        Console.WriteLine($"Lo=0x{lp.Lo:X8} Hi=0x{lp.Hi:X8} Mid=0x{lp.Mid:X4}");
        lp.D = -2.5;
        Console.WriteLine($"-2.5 bits = 0x{lp.L:X16} Hi=0x{lp.Hi:X8}");
        lp.Hi = 0x3FF00000; lp.Lo = 0;
        Console.WriteLine($"D = {lp.D}");

        var g = new Gappy { A = 7, B = -3 };
        g.U.I = 0x11223344;
        Console.WriteLine($"Gappy A={g.A} B={g.B} U.B0=0x{g.U.B0:X2}");
        byte* p = (byte*)&g;
        Console.WriteLine($"raw: [0]={p[0]} [10]={p[10]} [11]=0x{p[11]:X2} [16]=0x{p[16]:X2} [19]=0x{p[19]:X2}");

        var w = new WithRef { Tag = 5, Name = "named" };
        object boxed = w;
        GC.Collect();
        var back = (WithRef)boxed;
        Console.WriteLine($"WithRef {back.Tag} {back.Name}");

        var c = new ExplicitClass { X = 0x10002, Y = long.MinValue };
        Console.WriteLine($"class: XLow={c.XLow} Y={c.Y}");
        c.XLow = -1;
        Console.WriteLine($"class: X=0x{c.X:X8}");

        Console.WriteLine($"SizeOf IntFloat={Unsafe.SizeOf<IntFloat>()} LongParts={Unsafe.SizeOf<LongParts>()} Gappy={Unsafe.SizeOf<Gappy>()} WithRef={Unsafe.SizeOf<WithRef>() >= 12}");
        Console.WriteLine($"sizeof IntFloat={sizeof(IntFloat)} LongParts={sizeof(LongParts)} Gappy={sizeof(Gappy)}");

        var arr = new LongParts[3];
        arr[1].D = 1.5;
        arr[2].Lo = 0xFFFFFFFF;
        Console.WriteLine($"array: {arr[0].L} 0x{arr[1].Hi:X8} {arr[2].L}");
    }
}
