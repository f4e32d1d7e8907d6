// Primitive and enum boxes implement System.IConvertible.
using System;

enum Color { Red = 1 }

class Program
{
    static void Main()
    {
        object red = Color.Red, one = 1, s = "7";
        Console.WriteLine(red is IConvertible);
        Console.WriteLine(one is IConvertible);
        Console.WriteLine(((IConvertible)s).ToInt32(null) + 1);
    }
}
