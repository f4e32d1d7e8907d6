// Auto-properties, init-only, computed and validated properties, indexers, required members.
using System;
using System.Collections.Generic;

class Temperature
{
    private double celsius;
    public double Celsius
    {
        get => celsius;
        set
        {
            if (value < -273.15) throw new ArgumentOutOfRangeException(nameof(value), "below absolute zero");
            celsius = value;
        }
    }
    public double Fahrenheit
    {
        get => celsius * 9 / 5 + 32;
        set => Celsius = (value - 32) * 5 / 9;
    }
}

class Person
{
    public required string Name { get; init; }
    public int Age { get; set; } = 18;
    public string Nick { get; private set; } = "none";
    public List<string> Tags { get; } = new();
    public void Rename(string n) => Nick = n;
}

class Matrix
{
    private readonly int[,] cells = new int[3, 3];
    public int this[int r, int c]
    {
        get => cells[r, c];
        set => cells[r, c] = value;
    }
    public string this[string name] => name switch { "trace" => (cells[0, 0] + cells[1, 1] + cells[2, 2]).ToString(), _ => "?" };
}

class Program
{
    static void Main()
    {
        var t = new Temperature { Celsius = 100 };
        Console.WriteLine($"{t.Celsius} C = {t.Fahrenheit} F");
        t.Fahrenheit = -40;
        Console.WriteLine($"{t.Celsius} C = {t.Fahrenheit} F");
        try { t.Celsius = -300; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        var p = new Person { Name = "Ada" };
        p.Tags.Add("math");
        p.Age++;
        p.Rename("countess");
        Console.WriteLine($"{p.Name} {p.Age} {p.Nick} {string.Join(",", p.Tags)}");
        var m = new Matrix();
        for (int i = 0; i < 3; i++) m[i, i] = i + 1;
        m[0, 2] = 9;
        Console.WriteLine(m[0, 2] + " " + m["trace"] + " " + m["other"]);
        var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        dict["a"] += 10;
        Console.WriteLine(dict["a"] + dict["b"]);
        Console.WriteLine(typeof(Person).GetProperty("Nick")!.CanWrite + " " + typeof(Temperature).GetProperties().Length);
    }
}
