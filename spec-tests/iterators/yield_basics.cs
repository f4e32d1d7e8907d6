// Iterator methods: lazy execution, yield break, state across MoveNext, infinite sequences.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Range(int start, int count)
    {
        Console.WriteLine("  Range starts");
        for (int i = 0; i < count; i++)
        {
            Console.WriteLine("  yielding " + (start + i));
            yield return start + i;
        }
        Console.WriteLine("  Range ends");
    }

    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<string> Words(string s)
    {
        if (string.IsNullOrEmpty(s)) yield break;
        foreach (var w in s.Split(' ')) { if (w == "STOP") yield break; yield return w; }
    }

    static IEnumerator<char> Letters() { yield return 'x'; yield return 'y'; }

    static void Main()
    {
        Console.WriteLine("creating");
        var seq = Range(10, 3);
        Console.WriteLine("enumerating");
        foreach (var x in seq) Console.WriteLine("got " + x);
        Console.WriteLine("enumerating again");
        foreach (var x in seq) { Console.WriteLine("got " + x); break; }
        Console.WriteLine(string.Join(",", Fibonacci().Skip(10).Take(5)));
        Console.WriteLine(string.Join("|", Words("a b STOP c")) + " / " + Words("").Count());
        var e = Letters();
        while (e.MoveNext()) Console.Write(e.Current);
        Console.WriteLine(" " + e.MoveNext());
        using var en = Range(0, 2).GetEnumerator();
        Console.WriteLine(en.MoveNext() + " " + en.Current);
        Console.WriteLine(Fibonacci().TakeWhile(f => f < 100).Sum());
    }
}
