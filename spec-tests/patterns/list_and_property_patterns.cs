// List patterns, slice patterns, nested property patterns and var patterns.
using System;

record Address(string City, string Country);
record Person(string Name, int Age, Address? Home);

class Program
{
    static string Match(int[] xs) => xs switch
    {
        [] => "empty",
        [var only] => $"one: {only}",
        [1, 2] => "exactly 1,2",
        [0, .. var rest] => $"starts with 0, rest {rest.Length}",
        [var first, .., var last] when first == last => $"same ends {first}",
        [_, _, ..] => $"at least two, first {xs[0]}",
    };

    static string Who(Person p) => p switch
    {
        { Age: < 18 } => p.Name + " is a minor",
        { Home: { Country: "NL" } } => p.Name + " lives in the Netherlands",
        { Home.City: "Paris" } => p.Name + " lives in Paris",
        { Home: null } => p.Name + " has no home on record",
        _ => p.Name + " lives somewhere",
    };

    static void Main()
    {
        int[][] inputs = { new int[0], new[] { 7 }, new[] { 1, 2 }, new[] { 0, 5, 6 }, new[] { 3, 4, 3 }, new[] { 9, 8 } };
        foreach (var i in inputs) Console.WriteLine($"[{string.Join(",", i)}] -> {Match(i)}");
        var people = new[]
        {
            new Person("Ann", 12, new Address("Utrecht", "NL")),
            new Person("Bob", 40, new Address("Delft", "NL")),
            new Person("Cas", 33, new Address("Paris", "FR")),
            new Person("Dee", 50, null),
            new Person("Eve", 29, new Address("Rome", "IT")),
        };
        foreach (var p in people) Console.WriteLine(Who(p));
        string s = "hello";
        if (s is [var c0, .., 'o']) Console.WriteLine("starts with " + c0 + ", ends with o");
        if (s is { Length: var len and > 3 }) Console.WriteLine("length " + len);
        object o = 3.0;
        if (o is double d and > 2.0) Console.WriteLine("double over 2: " + d);
        var tuple = (Name: "x", Count: 3);
        Console.WriteLine(tuple is { Count: > 2, Name: "x" });
        int[] arr = { 1, 2, 3, 4, 5 };
        if (arr is [_, .. [_, var mid, _], _]) Console.WriteLine("middle " + mid);
    }
}
