// uint and ulong arithmetic, wrap-around, comparisons and signed/unsigned conversions.
using System;

class Program
{
    static uint U(uint x) => x;
    static ulong UL(ulong x) => x;

    static void Main()
    {
        uint a = U(3), b = U(5);
        Console.WriteLine(a - b);
        Console.WriteLine(U(uint.MaxValue) + 1);
        Console.WriteLine(U(4_000_000_000) / U(3));
        Console.WriteLine(U(4_000_000_000) % U(7));
        Console.WriteLine(U(0x80000000) > U(1));
        Console.WriteLine((int)U(0x80000000));
        Console.WriteLine(unchecked((uint)(-1)));
        Console.WriteLine(UL(ulong.MaxValue) / UL(10));
        Console.WriteLine(UL(ulong.MaxValue) % UL(10));
        Console.WriteLine(UL(0) - UL(1));
        Console.WriteLine(UL(0x8000000000000000) > UL(0x7FFFFFFFFFFFFFFF));
        Console.WriteLine((long)UL(0xFFFFFFFFFFFFFFFE));
        Console.WriteLine(UL(10_000_000_000) * UL(10_000_000_000));
        ulong big = UL(18_000_000_000_000_000_000);
        Console.WriteLine(big / UL(3_000_000_000));
        Console.WriteLine((double)big);
        Console.WriteLine((ulong)(double)big);
        uint m = U(0xDEADBEEF);
        Console.WriteLine(m >> 4);
        Console.WriteLine(m * U(16));
        Console.WriteLine(-(long)m);
        ushort us = 65535;
        us++;
        Console.WriteLine(us);
        long mixed = a + (-1);
        Console.WriteLine(mixed);
        Console.WriteLine(a.CompareTo(b) + " " + UL(5).CompareTo(UL(ulong.MaxValue)));
    }
}
