// 32-bit signed arithmetic: truncating division, remainder sign, unchecked wrap-around.
using System;

class Program
{
    static int Id(int x) => x; // keeps the compiler from folding constants

    static void Main()
    {
        int a = Id(17), b = Id(5), n = Id(-17), m = Id(-5);
        Console.WriteLine($"{a + b} {a - b} {a * b} {a / b} {a % b}");
        Console.WriteLine($"{n / b} {n % b} {a / m} {a % m} {n / m} {n % m}");
        int max = Id(int.MaxValue), min = Id(int.MinValue);
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(-min);
        Console.WriteLine(min * -1);
        Console.WriteLine(Id(46341) * Id(46341));
        Console.WriteLine(Id(123456789) * Id(987654321));
        int x = Id(10);
        x += 5; Console.Write(x + " ");
        x -= 20; Console.Write(x + " ");
        x *= -3; Console.Write(x + " ");
        x /= 4; Console.Write(x + " ");
        x %= 3; Console.Write(x + " ");
        x++; ++x; x--; Console.WriteLine(x);
        int y = Id(5);
        int z = y++ + ++y;
        Console.WriteLine($"y={y} z={z}");
        short s = (short)Id(32767);
        s++;
        Console.WriteLine("short wrap: " + s);
        byte by = (byte)Id(250);
        by += 10;
        Console.WriteLine("byte wrap: " + by);
        sbyte sb = (sbyte)Id(-128);
        sb--;
        Console.WriteLine("sbyte wrap: " + sb);
        Console.WriteLine(Id(7) / Id(2) * Id(2) + Id(7) % Id(2));
    }
}
