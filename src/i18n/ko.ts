import type { GlossaryStrings } from './types.js';

/**
 * 한국어 (Korean). Checked line by line against the rendered UI: the card, the index and the
 * search box. Sentences avoid particles after a value (`{query}`, `{term}`), whose form would
 * depend on the word's last sound.
 */
const ko: GlossaryStrings = {
  seeAlso: '관련 용어',
  fullEntry: '용어집에서 보기',
  more: '더 보기',
  less: '접기',
  definitionOf: '({term} 정의)',
  back: '뒤로',
  backTo: '돌아가기: {term}',
  close: '닫기',
  previewsOff: '미리보기 끄기',
  previewsOn: '미리보기 켜기',
  previewsAreOff: '이 사이트에서 용어 미리보기가 꺼져 있습니다.',
  showPreviews: '용어 미리보기 표시',
  forgetRead: '읽은 용어 기록 지우기',
  readForgotten: '읽은 용어 기록을 모두 지웠습니다.',
  letters: '용어집 알파벳 색인',
  otherGroup: '한글 및 기타',
  filters: '분야별로 보기',
  all: '전체',
  seeAlsoList: '관련 용어:',
  originalEntry: '원문 항목',
  credit: '용어집 출처: {source}',
  noMatch: '일치하는 용어가 없습니다.',
  noMatchQuery: '“{query}”에 일치하는 용어가 없습니다.',
  didYouMean: '이 용어를 찾으셨나요? {terms}',
  searchLabel: '용어집 검색',
  placeholder: '용어집 검색',
  clearSearch: '검색어 지우기',
  resultsLabel: '{label}: 검색 결과',
  suggestionsLabel: '추천 용어',
  didYouMeanList: '이 용어를 찾으셨나요?',
  results: { other: '검색 결과 {count}개.' },
  termsMatch: { other: '일치하는 용어 {count}개.' },
  noResults: '“{query}”에 대한 검색 결과가 없습니다.',
  categories: {
    color: '컬러',
    editorial: '편집',
    vfx: 'VFX',
    sound: '사운드',
    delivery: '납품',
    formats: '포맷',
    workflow: '워크플로',
    industry: '업계',
  },
};

export default ko;
