// Default ValueType.Equals on a struct with a reference field calls Equals on the field values
// (two distinct but equal strings compare equal); GetHashCode follows.
using System;

struct WithRef { public string? S; public int I; }

class Program
{
    static string Make(string a, string b) => a + b;
    static void Main()
    {
        var x = new WithRef { S = Make("a", "b"), I = 1 };
        var y = new WithRef { S = Make("a", "b"), I = 1 };
        Console.WriteLine(ReferenceEquals(x.S, y.S));
        Console.WriteLine(x.Equals(y));
        Console.WriteLine(x.GetHashCode() == y.GetHashCode());
    }
}
