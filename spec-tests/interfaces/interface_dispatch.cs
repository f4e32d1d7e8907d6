// Interface dispatch through a hierarchy, interface inheritance, IDisposable/IComparable usage.
using System;
using System.Collections.Generic;

interface INamed { string Name { get; } }
interface IGreeter : INamed { string Greet() => "Hi, I am " + Name; }
interface IAged { int Age { get; } }

class Person : IGreeter, IAged, IComparable<Person>
{
    public string Name { get; }
    public int Age { get; }
    public Person(string n, int a) { Name = n; Age = a; }
    public virtual string Greet() => "Hello from " + Name;
    public int CompareTo(Person? other) => Age.CompareTo(other!.Age);
}

class Student : Person
{
    public Student(string n, int a) : base(n, a) { }
    public override string Greet() => "Yo, student " + Name;
}

class Robot : IGreeter { public string Name => "R2"; }

class Program
{
    static void Main()
    {
        var people = new List<Person> { new("Cy", 40), new Student("Al", 20), new("Bo", 30) };
        people.Sort();
        foreach (IGreeter g in people) Console.WriteLine(g.Greet());
        IGreeter robot = new Robot();
        Console.WriteLine(robot.Greet());
        INamed named = robot;
        Console.WriteLine(named.Name);
        IAged aged = people[0];
        Console.WriteLine(aged.Age);
        var all = new List<INamed>(people) { robot };
        Console.WriteLine(string.Join(",", all.ConvertAll(n => n.Name)));
        Console.WriteLine(string.Join(",", typeof(IGreeter).GetInterfaces().Select(t => t.Name)));
        Console.WriteLine(people.Max()!.Name + " " + people.Min()!.Name);
    }
}
