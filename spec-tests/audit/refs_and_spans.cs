// unsafe
// Managed and unmanaged references: ref locals re-pointed, conditional refs, refs to statics,
// struct fields, array elements and boxed-free struct arrays; Unsafe.Add/As/AreSame/ByteOffset;
// stackalloc in a loop and Span<T> over it; generic methods over structs of many sizes;
// fixed buffers; pointer arithmetic with negative offsets.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct S1 { public byte A; }
struct S3 { public byte A, B, C; }
struct S12 { public int A, B, C; }
struct S24 { public long A; public string? R; public int C; }
struct S40 { public decimal D; public long L; public double X; public int I; }
unsafe struct Fixed { public fixed int Buf[4]; public int After; }
struct Pt { public int X, Y; }

class Program
{
    static int s_a = 1, s_b = 2;
    static Pt s_pt;
    static ref int Pick(bool first) => ref first ? ref s_a : ref s_b;
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static T[] Rotate<T>(T[] xs) { for (int i = 0; i + 1 < xs.Length; i++) Swap(ref xs[i], ref xs[i + 1]); return xs; }
    static ref T Last<T>(Span<T> s) => ref s[s.Length - 1];

    static unsafe void Main()
    {
        Pick(true) = 10; Pick(false) += 5;
        ref int r = ref s_a;
        r++;
        r = ref s_b;
        r *= 3;
        Console.WriteLine($"refs: {s_a} {s_b}");
        ref int px = ref s_pt.X;
        px = 7; s_pt.Y = px + 1;
        Console.WriteLine($"static struct field ref: {s_pt.X} {s_pt.Y}");
        int[] arr = { 1, 2, 3, 4 };
        ref int e0 = ref arr[0];
        ref int e2 = ref Unsafe.Add(ref e0, 2);
        e2 = 30;
        Console.WriteLine($"Unsafe.Add: {arr[2]} {Unsafe.AreSame(ref e2, ref arr[2])}");
        ref int back = ref Unsafe.Add(ref e2, -1);
        back = -2;
        ref byte asBytes = ref Unsafe.As<int, byte>(ref arr[3]);
        asBytes = 0xFF;
        Console.WriteLine($"As<int,byte>: {string.Join(",", arr)}");
        Pt p = new Pt { X = 1, Y = 2 };
        long asLong = Unsafe.As<Pt, long>(ref p);
        Console.WriteLine($"As<Pt,long>: {asLong:X16} {Unsafe.ReadUnaligned<short>(ref Unsafe.AddByteOffset(ref Unsafe.As<Pt, byte>(ref p), 2))}");
        ref int data = ref MemoryMarshal.GetArrayDataReference(arr);
        data = 100;
        Console.WriteLine($"GetArrayDataReference: {arr[0]}");

        long total = 0;
        for (int i = 1; i <= 50; i++)
        {
            Span<int> buf = stackalloc int[i];
            for (int j = 0; j < buf.Length; j++) buf[j] = j * i;
            total += buf[^1];
            Last(buf) = 0;
            if (buf[^1] != 0) total = -1;
        }
        Console.WriteLine($"stackalloc loop: {total}");
        Span<byte> bytes = stackalloc byte[16];
        bytes.Fill(0xAB);
        bytes.Slice(4, 4).Clear();
        MemoryMarshal.Write(bytes.Slice(8), 0x01020304);
        Console.WriteLine($"span bytes: {Convert.ToHexString(bytes)} {MemoryMarshal.Read<int>(bytes.Slice(6))}");
        int* raw = stackalloc int[8];
        for (int i = 0; i < 8; i++) raw[i] = i * i;
        int* mid = raw + 5;
        Console.WriteLine($"ptr: {mid[-2]} {*(mid - 5)} {mid - raw} {(long)((byte*)mid - (byte*)raw)} {*(int*)((byte*)raw + 4)} {((short*)raw)[2]}");
        Fixed f = default;
        f.Buf[3] = 33; f.After = 44;
        int* fb = f.Buf;
        fb[4] = 55; // writes After
        Console.WriteLine($"fixed buffer: {f.Buf[3]} {f.After} {sizeof(Fixed)}");

        Console.WriteLine($"sizes: {sizeof(S1)} {sizeof(S3)} {sizeof(S12)} {sizeof(S40)} {sizeof(Pt)}");
        var a1 = Rotate(new[] { new S1 { A = 1 }, new S1 { A = 2 }, new S1 { A = 3 } });
        var a3 = Rotate(new[] { new S3 { A = 1, B = 2, C = 3 }, new S3 { A = 4, B = 5, C = 6 } });
        var a12 = Rotate(new[] { new S12 { A = 1, C = -1 }, new S12 { A = 2, C = -2 }, new S12 { A = 3, C = -3 } });
        var a24 = Rotate(new[] { new S24 { A = 1, R = "one", C = 11 }, new S24 { A = 2, R = "two", C = 22 } });
        var a40 = Rotate(new[] { new S40 { D = 1.5m, L = 1, X = 0.5, I = 1 }, new S40 { D = 2.5m, L = 2, X = 1.5, I = 2 } });
        Console.WriteLine($"rotate: {a1[0].A}{a1[1].A}{a1[2].A} {a3[0].A}{a3[0].C}{a3[1].B} {a12[0].A}{a12[0].C}{a12[2].A}{a12[2].C} {a24[0].R}{a24[0].C}{a24[1].R}{a24[1].A} {a40[0].D}/{a40[0].X}/{a40[1].I}/{a40[1].L}");
        S40 x = a40[0], y = a40[1];
        Swap(ref x, ref y);
        (x.I, y.I) = (y.I * 10, x.I * 10);
        Console.WriteLine($"tuple swap: {x.I} {y.I} {x.D} {y.D}");
        Span<S24> s24 = a24;
        foreach (ref S24 it in s24) it.C++;
        foreach (ref readonly S24 it in s24) Console.Write(it.C + " ");
        Console.WriteLine();
        ReadOnlySpan<char> chars = "hello world".AsSpan(6);
        Console.WriteLine($"ros: {chars.ToString()} {chars.IndexOf('r')} {chars[^1]} {chars.SequenceEqual("world")}");
    }
}
