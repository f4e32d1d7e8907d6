// MemoryMarshal casts, BinaryPrimitives, Index/Range types, and span splitting.
using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

class Program
{
    static void Main()
    {
        int[] ints = { 0x01020304, -1 };
        Span<byte> raw = MemoryMarshal.AsBytes(ints.AsSpan());
        Console.WriteLine(raw.Length + " " + Convert.ToHexString(raw));
        Span<byte> buf = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(buf, 0x0A0B0C0D);
        BinaryPrimitives.WriteInt16LittleEndian(buf[4..], -2);
        Console.WriteLine(Convert.ToHexString(buf) + " " + BinaryPrimitives.ReadInt32LittleEndian(buf) + " " + BinaryPrimitives.ReadUInt16BigEndian(buf[4..]));
        Span<int> back = MemoryMarshal.Cast<byte, int>(buf);
        Console.WriteLine(back.Length + " " + back[0]);
        Index i1 = 2, i2 = ^1;
        Range r = 1..^1;
        var arr = new[] { 10, 20, 30, 40, 50 };
        Console.WriteLine(arr[i1] + " " + arr[i2] + " " + string.Join(",", arr[r]) + " " + i2 + " " + r + " " + r.GetOffsetAndLength(arr.Length));
        Console.WriteLine(string.Join(",", arr[..0]) + "|" + string.Join(",", arr[3..]) + "|" + "hello"[^3..]);
        ReadOnlySpan<char> csv = "a,bb,,ccc";
        foreach (Range part in csv.Split(','))
            Console.Write("[" + csv[part].ToString() + "]");
        Console.WriteLine();
        Console.WriteLine(MemoryMarshal.GetReference(arr.AsSpan()) + " " + arr.AsSpan().IndexOfAny(30, 50) + " " + arr.AsSpan().LastIndexOf(10));
        Span<long> longs = stackalloc long[] { 3, 1, 2 };
        longs.Sort();
        Console.WriteLine(longs[0] + "," + longs[1] + "," + longs[2]);
    }
}
