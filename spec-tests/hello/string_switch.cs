// args: apple kiwi banana Cherry grape ""
// switch on strings (the compiler emits a hash-based jump table for larger switches).
using System;

class Program
{
    static int Price(string fruit)
    {
        switch (fruit)
        {
            case "apple": return 3;
            case "banana": return 2;
            case "cherry": return 10;
            case "date": return 7;
            case "elderberry": return 12;
            case "fig": return 5;
            case "grape": return 4;
            case "": return 0;
            default: return -1;
        }
    }

    static string Kind(string? s) => s switch
    {
        null => "null",
        "a" or "e" or "i" or "o" or "u" => "vowel",
        { Length: 1 } => "consonant",
        _ => "word",
    };

    static int Main(string[] args)
    {
        int total = 0;
        foreach (var a in args)
        {
            int p = Price(a);
            Console.WriteLine($"[{a}] -> {p}");
            if (p > 0) total += p;
        }
        foreach (var s in new[] { "a", "b", "xyz", null }) Console.Write(Kind(s) + " ");
        Console.WriteLine();
        Console.WriteLine("total " + total);
        return total;
    }
}
