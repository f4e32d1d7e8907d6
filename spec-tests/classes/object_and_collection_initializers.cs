// Object/collection/dictionary initializers, nested initializers, anonymous types, target-typed new.
using System;
using System.Collections.Generic;

class Address { public string City { get; set; } = ""; public List<string> Lines { get; } = new(); }
class Customer
{
    public string Name { get; set; } = "";
    public Address Home { get; } = new();
    public Dictionary<string, int> Scores { get; } = new();
    public override string ToString() => $"{Name} in {Home.City} ({string.Join("/", Home.Lines)}) scores={string.Join(",", Scores)}";
}

class Program
{
    static void Main()
    {
        var c = new Customer
        {
            Name = "Ada",
            Home = { City = "London", Lines = { "12 Street", "Flat 3" } },
            Scores = { ["math"] = 10, ["poetry"] = 7 },
        };
        Console.WriteLine(c);
        var list = new List<int> { 1, 2, 3 };
        var dict = new Dictionary<string, List<int>> { { "odd", new() { 1, 3 } }, { "even", new List<int> { 2 } } };
        Console.WriteLine(list.Count + " " + dict["odd"].Count + " " + dict["even"][0]);
        Customer target = new() { Name = "Bob" };
        Console.WriteLine(target.Name);
        var anon = new { Id = 1, Name = "x", Nested = new { Flag = true } };
        var anon2 = new { Id = 1, Name = "x", Nested = new { Flag = true } };
        Console.WriteLine(anon + " | " + anon.Equals(anon2) + " " + (anon == anon2) + " " + (anon.GetHashCode() == anon2.GetHashCode()));
        var projected = new[] { 3, 1, 2 }.Select(n => new { n, sq = n * n }).OrderBy(a => a.n).ToList();
        Console.WriteLine(string.Join(" ", projected));
        int[] arr = [1, 2, 3];
        List<string> names = ["a", "b"];
        int[] spread = [.. arr, 4, .. arr];
        Console.WriteLine(string.Join(",", spread) + " " + names.Count);
        var matrix = new int[,] { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(matrix[1, 0]);
    }
}
