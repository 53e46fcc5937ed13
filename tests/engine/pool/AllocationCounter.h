// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Portico::Test {

// Counts the heap allocations (malloc, calloc, realloc, and operator new through them) that the
// calling thread makes while an instance is alive. Needs glibc; under sanitizers, which replace
// malloc themselves, supported() is false and nothing is counted.
class AllocationCounter
{
public:
    AllocationCounter();
    ~AllocationCounter();
    AllocationCounter(const AllocationCounter&) = delete;
    AllocationCounter& operator=(const AllocationCounter&) = delete;

    int count() const;
    static bool supported();
};

} // namespace Portico::Test
