// virtual / override / new / sealed override, and calls through base-typed references.
using System;

class Animal
{
    public virtual string Speak() => "...";
    public string Kind() => "animal";
    public virtual string Describe() => $"{Kind()} says {Speak()}";
}

class Dog : Animal
{
    public override string Speak() => "Woof";
    public new string Kind() => "dog";
}

class Puppy : Dog
{
    public sealed override string Speak() => "Yip (" + base.Speak() + ")";
    public override string Describe() => "puppy: " + base.Describe();
}

class Cat : Animal
{
    public new virtual string Speak() => "Meow";
}

class Lion : Cat
{
    public override string Speak() => "Roar";
}

class Program
{
    static void Main()
    {
        Animal[] zoo = { new Animal(), new Dog(), new Puppy(), new Cat(), new Lion() };
        foreach (Animal a in zoo)
            Console.WriteLine($"{a.GetType().Name,-6} Speak={a.Speak(),-16} Kind={a.Kind(),-7} Describe={a.Describe()}");
        Dog d = new Puppy();
        Console.WriteLine(d.Kind() + " " + d.Speak());
        Cat c = new Lion();
        Console.WriteLine(c.Speak() + " " + ((Animal)c).Speak());
        Lion l = new Lion();
        Console.WriteLine(l.Speak() + " " + ((Cat)l).Speak() + " " + ((Animal)l).Speak());
    }
}
