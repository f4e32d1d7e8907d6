// Unsafe.Unbox<T> returns a ref to the value inside the box; writes through it mutate the box.
using System;
using System.Runtime.CompilerServices;

struct S { public int V; }

class Program
{
    static void Main()
    {
        object o = new S { V = 1 };
        Unsafe.Unbox<S>(o).V = 13;
        Console.WriteLine(((S)o).V);
    }
}
