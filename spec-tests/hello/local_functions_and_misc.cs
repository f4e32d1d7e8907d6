// Local functions, static local functions, default and named arguments, params, optional ref.
using System;

class Program
{
    static string Greet(string name, string greeting = "Hello", int times = 1) =>
        string.Join(" ", System.Linq.Enumerable.Repeat($"{greeting}, {name}!", times));

    static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
    static string Count(params object?[] items) => items.Length + ":" + string.Join("|", items);

    static void Main()
    {
        Console.WriteLine(Greet("Ada"));
        Console.WriteLine(Greet("Bob", times: 2));
        Console.WriteLine(Greet(greeting: "Hi", name: "Cy"));
        Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3) + " " + Sum(new[] { 4, 5 }));
        Console.WriteLine(Count(1, "a", null) + " " + Count() + " " + Count((object?)null) + " " + Count(new object?[] { null, null }));
        int counter = 0;
        void Bump(int by = 1) => counter += by;
        Bump(); Bump(5);
        Console.WriteLine("counter " + counter);
        static int Square(int x) => x * x;
        Console.WriteLine(Square(12));
        int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(12));
        var (q, r) = DivMod(47, 5);
        Console.WriteLine($"{q} {r}");
        static (int, int) DivMod(int a, int b) => (a / b, a % b);
        string s = nameof(Main) + " " + nameof(counter) + " " + nameof(System.Console.WriteLine);
        Console.WriteLine(s);
        var anon = new { Name = "anon", Value = 42 };
        Console.WriteLine(anon + " " + anon.Name.Length + " " + anon.Equals(new { Name = "anon", Value = 42 }));
        Func<int, int, int> op = static (a, b) => a * b + 1;
        Console.WriteLine(op(6, 7));
    }
}
