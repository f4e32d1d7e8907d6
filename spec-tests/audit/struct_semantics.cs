// Struct semantics: defensive copies (readonly fields, in parameters, readonly locals via
// foreach), this-assignment, explicit layout overlap, sizes, boxing/unboxing identity,
// default ValueType.Equals with floats/padding/references.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Counter { public int N; public int Incr() => ++N; public void Reset() { this = new Counter { N = 100 }; } public override string ToString() => "N" + N; }
readonly struct RO { public readonly int A; public RO(int a) { A = a; } public RO With(int d) => new RO(A + d); }
interface IMut { void Set(int v); int Get(); }
struct MutS : IMut { public int V; public void Set(int v) => V = v; public int Get() => V; }

[StructLayout(LayoutKind.Explicit)]
struct Overlay
{
    [FieldOffset(0)] public int I;
    [FieldOffset(0)] public float F;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(1)] public byte B1;
    [FieldOffset(3)] public sbyte B3;
    [FieldOffset(0)] public long L;
    [FieldOffset(0)] public double D;
    [FieldOffset(4)] public int Hi;
    [FieldOffset(2)] public short Mid;
}
[StructLayout(LayoutKind.Explicit, Size = 12)] struct Sized { [FieldOffset(0)] public int A; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed { public byte A; public long B; public short C; }
struct Pad { public byte A; public long B; }
struct Pad2 { public byte A; public short B; public byte C; }
struct Empty { }
struct WithFloats { public double D; public float F; }
struct WithPad { public byte B; public int I; }
struct WithRef { public string? S; public int I; }
struct Nested { public Counter C; public WithRef R; }

class Holder
{
    public readonly Counter RoField;
    public Counter Field;
    public readonly Counter[] Arr = new Counter[2];
}

class Program
{
    static int InCall(in Counter c) { c.Incr(); return c.N; }
    static int RefCall(ref Counter c) { c.Incr(); return c.N; }
    static ref Counter Pick(Counter[] a, int i) => ref a[i];
    [MethodImpl(MethodImplOptions.NoInlining)] static T Id<T>(T x) => x;

    static void Main()
    {
        var h = new Holder();
        h.RoField.Incr(); h.RoField.Incr();
        h.Field.Incr(); h.Field.Incr();
        h.Arr[0].Incr(); h.Arr[0].Incr();
        Console.WriteLine($"readonly field: {h.RoField} field: {h.Field} arr: {h.Arr[0]}");
        var c = new Counter();
        Console.WriteLine($"in: {InCall(c)} {c} ref: {RefCall(ref c)} {c}");
        var arr = new Counter[3];
        foreach (var e in arr) { var copy = e; copy.Incr(); }
        Pick(arr, 1).Incr(); Pick(arr, 1).Incr();
        ref Counter r2 = ref arr[2];
        r2.N = 50; r2.Incr();
        Console.WriteLine($"arr: {arr[0]} {arr[1]} {arr[2]}");
        c.Reset();
        Console.WriteLine($"this=: {c}");
        arr[0].Reset();
        Console.WriteLine($"this= elem: {arr[0]}");
        var ro = new RO(1).With(2).With(3);
        Console.WriteLine($"ro: {ro.A}");

        // boxing
        var m = new MutS { V = 1 };
        object o = m;
        ((IMut)o).Set(5);
        m.Set(7);
        IMut im = m;
        im.Set(9);
        Console.WriteLine($"box: {((MutS)o).V} {m.V} {im.Get()} {((MutS)im).V}");
        ((MutS)o).Set(11); // modifies a temp copy
        Console.WriteLine($"unbox copy: {((MutS)o).V}");
        object o2 = o;
        ((IMut)o2).Set(21);
        Console.WriteLine($"shared box: {((MutS)o).V} {ReferenceEquals(o, o2)} {o.Equals(o2)}");
        object b1 = 5, b2 = 5;
        Console.WriteLine($"boxes: {b1 == b2} {b1.Equals(b2)} {ReferenceEquals(Id<object>(3), Id<object>(3))}");

        // explicit layout
        var ov = new Overlay();
        ov.F = 1.0f;
        Console.WriteLine($"overlay F=1: I={ov.I:X8} B0={ov.B0} B3={ov.B3} Mid={ov.Mid} Hi={ov.Hi} L={ov.L:X16}");
        ov.I = -1;
        Console.WriteLine($"overlay I=-1: B1={ov.B1} B3={ov.B3} Mid={ov.Mid} L={ov.L:X16} F={float.IsNaN(ov.F)}");
        ov.D = -2.0;
        Console.WriteLine($"overlay D=-2: I={ov.I} Hi={ov.Hi:X8} L={ov.L:X16} B3={ov.B3}");
        ov.L = 0x0102030405060708;
        Console.WriteLine($"overlay L: I={ov.I:X} Hi={ov.Hi:X} Mid={ov.Mid:X} B0={ov.B0} B1={ov.B1} B3={ov.B3}");
        ov.Mid = -1;
        Console.WriteLine($"overlay Mid=-1: L={ov.L:X16}");

        Console.WriteLine($"sizes: {Unsafe.SizeOf<Overlay>()} {Unsafe.SizeOf<Sized>()} {Unsafe.SizeOf<Packed>()} {Unsafe.SizeOf<Pad>()} {Unsafe.SizeOf<Pad2>()} {Unsafe.SizeOf<Empty>()} {Unsafe.SizeOf<WithFloats>()} {Unsafe.SizeOf<WithPad>()} {Unsafe.SizeOf<int?>()} {Unsafe.SizeOf<long?>()} {Unsafe.SizeOf<byte?>()} {Unsafe.SizeOf<(byte, long)>()} {Unsafe.SizeOf<(byte, byte)>()} {Unsafe.SizeOf<decimal>()} {Unsafe.SizeOf<Guid>()} {Unsafe.SizeOf<bool>()} {Unsafe.SizeOf<char>()} {Unsafe.SizeOf<DayOfWeek>()} {Unsafe.SizeOf<Counter>()}");

        // default ValueType.Equals
        var p1 = new WithPad { B = 1, I = 2 };
        var p2 = new WithPad { B = 1, I = 2 };
        Console.WriteLine($"pad eq: {p1.Equals(p2)} {p1.Equals(new WithPad { B = 1, I = 3 })} {p1.GetHashCode() == p2.GetHashCode()}");
        var r1 = new WithRef { S = "ab", I = 1 };
        var rr = new WithRef { S = "ab", I = 1 };
        Console.WriteLine($"ref eq: {r1.Equals(rr)} {r1.Equals(new WithRef { S = null, I = 1 })} {new WithRef().Equals(new WithRef())}");
        var rarr = new WithRef[3];
        rarr[0] = r1; rarr[1] = rr;
        Array.Copy(rarr, 0, rarr, 1, 2);
        Console.WriteLine($"copy: {rarr[0].S} {rarr[1].S} {rarr[2].S} {rarr[2].I}");
        rarr[1] = default;
        Console.WriteLine($"default: {rarr[1].S == null} {rarr[1].I}");
    }
}
