// CompareTo of byte/sbyte/short/ushort/char returns the difference of the values (not just the
// sign); Comparer<T>.Default for those types and for enums over them does the same.
using System;
using System.Collections.Generic;

enum Small : byte { A = 1, B = 200 }
enum Sh : short { Lo = -300, Hi = 300 }

class Program
{
    static void Main()
    {
        Console.WriteLine(((byte)1).CompareTo((byte)200));
        Console.WriteLine(((sbyte)-100).CompareTo((sbyte)100));
        Console.WriteLine(((short)-300).CompareTo((short)300));
        Console.WriteLine(((ushort)5).CompareTo((ushort)60000));
        Console.WriteLine('a'.CompareTo('z'));
        Console.WriteLine(Comparer<byte>.Default.Compare(1, 200));
        Console.WriteLine(Comparer<char>.Default.Compare('z', 'a'));
        Console.WriteLine(Comparer<Small>.Default.Compare(Small.A, Small.B));
        Console.WriteLine(Comparer<Sh>.Default.Compare(Sh.Hi, Sh.Lo));
        Console.WriteLine(Small.A.CompareTo(Small.B));
    }
}
