// ToString of an open generic type definition includes its type parameters.
using System;
using System.Collections.Generic;

class Holder<T> { }

class Program
{
    static void Main()
    {
        Console.WriteLine(typeof(Holder<>));
        Console.WriteLine(typeof(Dictionary<,>));
        Console.WriteLine(typeof(Holder<>).Name);
    }
}
