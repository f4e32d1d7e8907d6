// Integer formatting across types: hex/binary with widths, padding, and parsing back.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine($"{(byte)0xAB:X2} {(short)-2:X} {(ushort)0xBEEF:x} {-1:X} {-1L:X} {int.MinValue:X8} {uint.MaxValue:D12}");
        Console.WriteLine($"{5:B8} {(byte)200:B} {-1:B} {0:B4} {long.MaxValue:B}".Length);
        Console.WriteLine($"{5:B8} {(byte)200:B} {0:B4}");
        Console.WriteLine($"{-42:D5} {42:D1} {0:D0} {int.MinValue:D} {long.MinValue:N0}");
        Console.WriteLine($"{1234567:N0} {1234567:N} {-1234567:N1} {1234567:F} {1234567:E}");
        Console.WriteLine($"{1000000:#,##0} {1000000:0,000} {7:00000} {-7:00000}");
        for (int i = 0; i < 6; i++)
            Console.Write($"{1 << (i * 5),10:X}|{1 << (i * 5),12:N0}|\n");
        Console.WriteLine(Convert.ToString(1000, 2) + " " + Convert.ToString(-1000, 16) + " " + Convert.ToString((short)-1, 2));
        Console.WriteLine(int.Parse("7FFFFFFF", System.Globalization.NumberStyles.HexNumber) + " " + Convert.ToUInt64("FFFFFFFFFFFFFFFF", 16));
        Console.WriteLine(Int128.MaxValue + " " + UInt128.MaxValue.ToString("X") + " " + (Int128)long.MinValue * 4);
        Console.WriteLine(System.Numerics.BigInteger.Pow(2, 100) + " " + System.Numerics.BigInteger.Parse("-123456789012345678901234567890") * 3);
    }
}
