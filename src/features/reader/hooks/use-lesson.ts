import { useState } from 'react';
import { lessonOf, type LessonParams, type ReaderParams } from '../../../config/paths';

/**
 * The lesson the reader's links keep, the same object for as long as it is the
 * same lesson. Every question's links keep it (not the search), so a new
 * search, which parses the address anew, must not hand every question block
 * a new lesson: on the 2,000-question interview that re-rendered all 11,600
 * answer paragraphs at each search.
 */
export function useLesson(params: ReaderParams): Partial<LessonParams> {
  const lesson = lessonOf(params);
  const key = JSON.stringify(lesson);
  const [kept, setKept] = useState({ key, lesson });
  // Adjusted during render, as React recommends for state that follows props.
  if (kept.key !== key) {
    setKept({ key, lesson });
    return lesson;
  }
  return kept.lesson;
}
