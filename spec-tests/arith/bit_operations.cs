// Bitwise operators and System.Numerics.BitOperations.
using System;
using System.Numerics;

class Program
{
    static int I(int x) => x;

    static void Main()
    {
        int a = I(0b1100_1010), b = I(0b1010_0110);
        Console.WriteLine($"{a & b} {a | b} {a ^ b} {~a} {~0u} {~0L}");
        Console.WriteLine(Convert.ToString(a ^ b, 2).PadLeft(8, '0'));
        Console.WriteLine(Convert.ToString(I(-1), 16) + " " + Convert.ToString(I(-8), 2) + " " + Convert.ToString(255L, 8));
        Console.WriteLine(BitOperations.PopCount(0xF0F0F0F0u) + " " + BitOperations.PopCount(ulong.MaxValue));
        Console.WriteLine(BitOperations.LeadingZeroCount(1u) + " " + BitOperations.LeadingZeroCount(0u) + " " + BitOperations.TrailingZeroCount(8) + " " + BitOperations.TrailingZeroCount(0));
        Console.WriteLine(BitOperations.Log2(1000u) + " " + BitOperations.IsPow2(1024) + " " + BitOperations.RoundUpToPowerOf2(1000u));
        Console.WriteLine(BitOperations.RotateLeft(0x80000001u, 1).ToString("X8") + " " + BitOperations.RotateRight(0x1UL, 4).ToString("X16"));
        Console.WriteLine(int.PopCount(-1) + " " + int.LeadingZeroCount(255) + " " + long.TrailingZeroCount(1L << 40));
        bool t = true, f = false;
        Console.WriteLine($"{t & f} {t | f} {t ^ t} {!t}");
        int calls = 0;
        bool Side(bool v) { calls++; return v; }
        bool r1 = Side(false) && Side(true);
        bool r2 = Side(false) & Side(true);
        bool r3 = Side(true) || Side(true);
        bool r4 = Side(true) | Side(true);
        Console.WriteLine($"{r1} {r2} {r3} {r4} calls={calls}");
        uint flags = 0;
        flags |= 1u << 3;
        flags |= 1u << 31;
        flags &= ~(1u << 3);
        flags ^= 0xFF;
        Console.WriteLine(flags.ToString("X") + " " + flags);
        Console.WriteLine((I(0x0F) & I(-1)) + " " + (I(0x7FFFFFFF) | I(int.MinValue)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(0x01020304)));
        Console.WriteLine(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(0x01020304).ToString("X8"));
    }
}
