// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"

#include <cstddef>

// glibc lets a program replace malloc and reach the real one through __libc_*.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define PORTICO_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PORTICO_SANITIZED 1
#endif
#if defined(__GLIBC__) && !defined(PORTICO_SANITIZED)
#define PORTICO_COUNT_ALLOCATIONS 1
#endif

namespace {
thread_local int t_depth = 0;
thread_local int t_allocations = 0;
} // namespace

#ifdef PORTICO_COUNT_ALLOCATIONS
extern "C" {
void* __libc_malloc(std::size_t size) noexcept;
void* __libc_calloc(std::size_t count, std::size_t size) noexcept;
void* __libc_realloc(void* pointer, std::size_t size) noexcept;
void __libc_free(void* pointer) noexcept;

void* malloc(std::size_t size) noexcept
{
    if (t_depth > 0)
        ++t_allocations;
    return __libc_malloc(size);
}

void* calloc(std::size_t count, std::size_t size) noexcept
{
    if (t_depth > 0)
        ++t_allocations;
    return __libc_calloc(count, size);
}

void* realloc(void* pointer, std::size_t size) noexcept
{
    if (t_depth > 0)
        ++t_allocations;
    return __libc_realloc(pointer, size);
}

void free(void* pointer) noexcept
{
    __libc_free(pointer);
}
}
#endif

namespace Portico::Test {

AllocationCounter::AllocationCounter()
{
    if (t_depth++ == 0)
        t_allocations = 0;
}

AllocationCounter::~AllocationCounter()
{
    --t_depth;
}

int AllocationCounter::count() const
{
    return t_allocations;
}

bool AllocationCounter::supported()
{
#ifdef PORTICO_COUNT_ALLOCATIONS
    return true;
#else
    return false;
#endif
}

} // namespace Portico::Test
