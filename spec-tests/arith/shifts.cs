// Shift operators: count masking, arithmetic vs logical right shift, >>> operator.
using System;

class Program
{
    static int I(int x) => x;

    static void Main()
    {
        int one = I(1);
        Console.WriteLine(one << 31);
        Console.WriteLine(one << 32);
        Console.WriteLine(one << 33);
        Console.WriteLine(one << -1);
        Console.WriteLine(1L << I(63));
        Console.WriteLine(1L << I(64));
        Console.WriteLine(1L << I(65));
        Console.WriteLine(I(-16) >> 2);
        Console.WriteLine(I(-1) >> 31);
        Console.WriteLine(I(-16) >>> 2);
        Console.WriteLine(I(-1) >>> 28);
        Console.WriteLine(-16L >> I(2));
        Console.WriteLine(-16L >>> I(2));
        Console.WriteLine(0xF0000000u >> I(4));
        Console.WriteLine(0x8000000000000000UL >> I(63));
        Console.WriteLine(I(0x12345678) << 4);
        Console.WriteLine((byte)(I(0xFF) << 4));
        byte b = 0x81;
        Console.WriteLine(b >> 1);
        Console.WriteLine(b << 1);
        sbyte sb = -128;
        Console.WriteLine(sb >> 1);
        short s = -2;
        Console.WriteLine(s >>> 1);
        int v = I(5);
        v <<= 3; Console.Write(v + " ");
        v >>= 1; Console.Write(v + " ");
        v >>>= 1; Console.WriteLine(v);
        for (int k = 28; k <= 36; k += 2)
            Console.Write((I(0x7) << k) + " ");
        Console.WriteLine();
    }
}
