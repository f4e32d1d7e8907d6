// System.Runtime.CompilerServices.Unsafe byref arithmetic beyond Add: Subtract, ByteOffset,
// IsAddressLessThan/GreaterThan, Add with a native-int offset, SkipInit.
using System;
using System.Runtime.CompilerServices;

class Program
{
    static void Main()
    {
        int[] a = { 1, 2, 3, 4 };
        ref int e3 = ref a[3];
        Console.WriteLine(Unsafe.Subtract(ref e3, 2));
        Console.WriteLine(Unsafe.ByteOffset(ref a[0], ref e3));
        Console.WriteLine(Unsafe.IsAddressLessThan(ref a[0], ref e3) + " " + Unsafe.IsAddressGreaterThan(ref a[0], ref e3));
        Console.WriteLine(Unsafe.Add(ref a[0], (nint)1));
        Unsafe.SkipInit(out int x);
        x = 5;
        Console.WriteLine(x);
    }
}
